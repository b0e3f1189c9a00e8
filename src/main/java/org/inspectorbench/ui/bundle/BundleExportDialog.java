package org.inspectorbench.ui.bundle;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.inspectorbench.bundle.BundleKind;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** "导出数据包…": what to export (since the last export or everything; inspector's or office's), the key, the file. */
final class BundleExportDialog {

    private BundleExportDialog() {
    }

    static Optional<BundleExportViewModel.Request> ask(Window owner, BundleTexts t, BundleExportViewModel.Request last,
                                                       List<String> stylesheets) {
        Dialog<BundleExportViewModel.Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(t.get("export.title"));
        dialog.setHeaderText(t.get("export.header"));
        dialog.getDialogPane().getStylesheets().addAll(stylesheets);
        dialog.getDialogPane().setId("bundle-export-dialog");
        ButtonType ok = new ButtonType(t.get("export.ok"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(ok, ButtonType.CANCEL);

        ToggleGroup scope = new ToggleGroup();
        RadioButton since = radio(t.get("export.since"), scope, "bundle-export-since");
        RadioButton all = radio(t.get("export.all"), scope, "bundle-export-all");
        (last != null && !last.sinceLast() ? all : since).setSelected(true);
        ToggleGroup kind = new ToggleGroup();
        RadioButton inspector = radio(t.get("export.kind.inspector"), kind, "bundle-export-inspector");
        RadioButton office = radio(t.get("export.kind.office"), kind, "bundle-export-office");
        (last != null && last.kind() == BundleKind.OFFICE ? office : inspector).setSelected(true);
        TextField keystore = new TextField(last == null ? "" : last.keystore().toString());
        keystore.setId("bundle-export-keystore");
        keystore.setPrefColumnCount(32);
        TextField out = new TextField(last == null ? "" : last.out().toString());
        out.setId("bundle-export-out");
        Button chooseKey = new Button(t.get("export.choose"));
        chooseKey.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("export.filter.keystore"), "*.p12"));
            File f = c.showOpenDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                keystore.setText(f.getPath());
            }
        });
        Button chooseOut = new Button(t.get("export.choose"));
        chooseOut.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get("filter.bundle"), "*.inspbundle"));
            File f = c.showSaveDialog(dialog.getDialogPane().getScene().getWindow());
            if (f != null) {
                out.setText(withExtension(f.getPath()));
            }
        });
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.setPadding(new Insets(12));
        grid.addRow(0, new Label(t.get("export.scope")), new HBox(12, since, all));
        grid.addRow(1, new Label(t.get("export.kind")), new HBox(12, inspector, office));
        grid.addRow(2, new Label(t.get("export.keystore")), keystore, chooseKey);
        grid.addRow(3, new Label(t.get("export.out")), out, chooseOut);
        GridPane.setHgrow(keystore, Priority.ALWAYS);
        GridPane.setHgrow(out, Priority.ALWAYS);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().setPrefWidth(680);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(Bindings.createBooleanBinding(
                () -> keystore.getText().isBlank() || out.getText().isBlank(), keystore.textProperty(), out.textProperty()));
        dialog.setResultConverter(b -> b != ok ? null : new BundleExportViewModel.Request(
                Path.of(keystore.getText().strip()), Path.of(withExtension(out.getText().strip())),
                office.isSelected() ? BundleKind.OFFICE : BundleKind.INSPECTOR, since.isSelected()));
        return dialog.showAndWait();
    }

    static String withExtension(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".inspbundle") ? path : path + ".inspbundle";
    }

    private static RadioButton radio(String text, ToggleGroup group, String id) {
        RadioButton r = new RadioButton(text);
        r.setToggleGroup(group);
        r.setId(id);
        return r;
    }
}
