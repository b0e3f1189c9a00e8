package org.inspectorbench.ui.report;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.inspectorbench.report.EvidenceMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The export's dialogs in JavaFX: settings (scope, evidence, signing, where to) and the key password. */
public final class FxReportDialogs implements ReportDialogs {

    private final Supplier<Window> owner;
    private final ReportTexts texts;
    private final List<String> stylesheets;

    public FxReportDialogs(Supplier<Window> owner, ReportTexts texts, List<String> stylesheets) {
        this.owner = owner;
        this.texts = texts;
        this.stylesheets = stylesheets;
    }

    @Override
    public Optional<ExportRequest> askExport(Defaults d) {
        Dialog<ExportRequest> dialog = dialog(texts.get("export.title"));
        ButtonType ok = new ButtonType(texts.get("export.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        ToggleGroup scope = new ToggleGroup();
        RadioButton unit = radio(d.currentUnit() == null ? texts.get("export.scope.noUnit")
                : texts.get("export.scope.unit", d.currentUnit()), scope, "export-scope-unit");
        RadioButton all = radio(texts.get("export.scope.all"), scope, "export-scope-all");
        unit.setDisable(d.currentUnit() == null);
        (d.currentUnit() == null || d.last() != null && d.last().scope() == ExportRequest.Scope.ALL ? all : unit)
                .setSelected(true);

        ChoiceBox<EvidenceMode> evidence = new ChoiceBox<>();
        evidence.setId("export-evidence");
        evidence.getItems().addAll(EvidenceMode.THUMBNAILS, EvidenceMode.FULL, EvidenceMode.NONE);
        evidence.setConverter(new StringConverter<>() {
            @Override
            public String toString(EvidenceMode m) {
                return m == null ? "" : texts.get("export.evidence." + m.name().toLowerCase(java.util.Locale.ROOT));
            }

            @Override
            public EvidenceMode fromString(String s) {
                return null;
            }
        });
        evidence.setValue(d.last() == null ? EvidenceMode.THUMBNAILS : d.last().evidence());

        ToggleGroup signing = new ToggleGroup();
        RadioButton none = radio(texts.get("export.signing.none"), signing, "export-sign-none");
        RadioButton existing = radio(texts.get("export.signing.existing"), signing, "export-sign-existing");
        RadioButton create = radio(texts.get("export.signing.new"), signing, "export-sign-new");
        TextField keystore = field("export-keystore");
        TextField name = field("export-name");
        TextField organisation = field("export-organisation");
        name.setText(d.inspector() == null ? "" : d.inspector());
        ExportRequest.Signing lastSigning = d.last() == null ? new ExportRequest.Unsigned() : d.last().signing();
        if (lastSigning instanceof ExportRequest.ExistingKey k) {
            existing.setSelected(true);
            keystore.setText(k.keystore().toString());
        } else if (lastSigning instanceof ExportRequest.NewKey k) {
            // The key made last time now exists: offer it as the one to use.
            existing.setSelected(true);
            keystore.setText(k.keystore().toString());
        } else if (d.last() == null && d.keystore() != null) {
            existing.setSelected(true);
            keystore.setText(d.keystore().toString());
        } else {
            none.setSelected(true);
        }
        Button chooseKeystore = button("export-choose-keystore", () -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("export.filter.keystore"), "*.p12"));
            File f = create.isSelected() ? chooser.showSaveDialog(dialog.getDialogPane().getScene().getWindow())
                    : chooser.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                keystore.setText(create.isSelected() && !f.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".p12")
                        ? f.getPath() + ".p12" : f.getPath());
            }
        });
        keystore.disableProperty().bind(none.selectedProperty());
        chooseKeystore.disableProperty().bind(none.selectedProperty());
        name.disableProperty().bind(create.selectedProperty().not());
        organisation.disableProperty().bind(create.selectedProperty().not());

        TextField out = field("export-out");
        Label outLabel = new Label();
        outLabel.textProperty().bind(Bindings.when(all.selectedProperty())
                .then(texts.get("export.out.folder")).otherwise(texts.get("export.out.file")));
        if (d.folder() != null) {
            out.setText(all.isSelected() ? d.folder().toString()
                    : d.folder().resolve(d.currentUnit() == null ? "" : d.currentUnit() + ".pdf").toString());
        }
        all.selectedProperty().addListener((o, was, isAll) -> {
            if (d.folder() != null) {
                out.setText(isAll ? d.folder().toString() : d.folder().resolve(d.currentUnit() + ".pdf").toString());
            }
        });
        Button chooseOut = button("export-choose-out", () -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            File f;
            if (all.isSelected()) {
                DirectoryChooser chooser = new DirectoryChooser();
                f = chooser.showDialog(w);
            } else {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(texts.get("export.filter.pdf"), "*.pdf"));
                chooser.setInitialFileName(d.currentUnit() + ".pdf");
                f = chooser.showSaveDialog(w);
            }
            if (f != null) {
                out.setText(f.getPath());
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        int row = 0;
        grid.add(new Label(texts.get("export.scope")), 0, row);
        grid.add(new VBox(6, unit, all), 1, row++, 2, 1);
        grid.add(new Label(texts.get("export.evidence")), 0, row);
        grid.add(evidence, 1, row++, 2, 1);
        grid.add(new Label(texts.get("export.signing")), 0, row);
        grid.add(new HBox(12, none, existing, create), 1, row++, 2, 1);
        grid.add(new Label(texts.get("export.keystore")), 0, row);
        grid.add(keystore, 1, row);
        grid.add(chooseKeystore, 2, row++);
        grid.add(new Label(texts.get("export.name")), 0, row);
        grid.add(name, 1, row++, 2, 1);
        grid.add(new Label(texts.get("export.organisation")), 0, row);
        grid.add(organisation, 1, row++, 2, 1);
        grid.add(outLabel, 0, row);
        grid.add(out, 1, row);
        grid.add(chooseOut, 2, row);
        GridPane.setHgrow(out, Priority.ALWAYS);
        GridPane.setHgrow(keystore, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(640);

        BooleanBinding incomplete = Bindings.createBooleanBinding(() -> out.getText().isBlank()
                        || !none.isSelected() && keystore.getText().isBlank()
                        || create.isSelected() && (name.getText().isBlank() || organisation.getText().isBlank()),
                out.textProperty(), keystore.textProperty(), name.textProperty(), organisation.textProperty(),
                none.selectedProperty(), create.selectedProperty());
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(incomplete);
        dialog.setResultConverter(button -> {
            if (button != ok) {
                return null;
            }
            ExportRequest.Signing s = none.isSelected() ? new ExportRequest.Unsigned()
                    : existing.isSelected() ? new ExportRequest.ExistingKey(Path.of(keystore.getText().strip()))
                    : new ExportRequest.NewKey(name.getText().strip(), organisation.getText().strip(),
                    Path.of(keystore.getText().strip()));
            return new ExportRequest(all.isSelected() ? ExportRequest.Scope.ALL : ExportRequest.Scope.UNIT,
                    d.currentUnit(), Path.of(out.getText().strip()), evidence.getValue(), s);
        });
        return dialog.showAndWait();
    }

    @Override
    public Optional<char[]> askPassword(Path keystore, boolean createKeystore) {
        Dialog<char[]> dialog = dialog(texts.get("export.password.title"));
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        PasswordField password = new PasswordField();
        password.setId("export-password");
        PasswordField again = new PasswordField();
        again.setId("export-password-again");
        Label mismatch = new Label(texts.get("export.password.mismatch"));
        mismatch.getStyleClass().add("error-text");
        VBox box = new VBox(8, new Label(createKeystore ? texts.get("export.password.new", keystore.getFileName())
                : texts.get("export.password.prompt", keystore.getFileName())), password);
        if (createKeystore) {
            box.getChildren().addAll(new Label(texts.get("export.password.again")), again, mismatch);
            mismatch.visibleProperty().bind(Bindings.createBooleanBinding(
                    () -> !again.getText().isEmpty() && !again.getText().equals(password.getText()),
                    password.textProperty(), again.textProperty()));
        }
        box.setPadding(new Insets(12));
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().lookupButton(ButtonType.OK).disableProperty().bind(Bindings.createBooleanBinding(
                () -> password.getText().isEmpty() || createKeystore && !again.getText().equals(password.getText()),
                password.textProperty(), again.textProperty()));
        dialog.setOnShown(e -> password.requestFocus());
        dialog.setResultConverter(b -> b == ButtonType.OK ? password.getText().toCharArray() : null);
        Optional<char[]> result = dialog.showAndWait();
        password.clear();
        again.clear();
        return result;
    }

    private <T> Dialog<T> dialog(String title) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner.get());
        dialog.setTitle(title);
        dialog.setHeaderText(title);
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        return dialog;
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton r = new RadioButton(text);
        r.setToggleGroup(group);
        r.setId(id);
        return r;
    }

    private static TextField field(String id) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(32);
        return f;
    }

    private Button button(String id, Runnable action) {
        Button b = new Button(texts.get("export.choose"));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

}
