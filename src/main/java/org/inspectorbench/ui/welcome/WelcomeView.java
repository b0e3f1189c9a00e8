package org.inspectorbench.ui.welcome;

import javafx.beans.property.ObjectProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import java.io.File;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The welcome's form, bound to {@link WelcomeViewModel}. Keyboard-first: every choice has a
 * mnemonic (Alt+letter), Tab walks the fields in reading order, Enter starts, Esc quits.
 */
public final class WelcomeView extends VBox {

    private final WelcomeViewModel vm;
    private final WelcomeText t;
    private final Supplier<javafx.stage.Window> owner;
    private final TextField name = new TextField();

    public WelcomeView(WelcomeViewModel vm, WelcomeText t, Supplier<javafx.stage.Window> owner, Runnable quit) {
        this.vm = vm;
        this.t = t;
        this.owner = owner;
        getStyleClass().add("welcome");
        setId("welcome");

        Label title = new Label(t.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(t.get("welcome.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("muted");

        name.setId("welcome-inspector");
        name.setPrefColumnCount(20);
        name.setPromptText(t.get("welcome.inspector.prompt"));
        name.textProperty().bindBidirectional(vm.inspectorProperty());
        GridPane who = grid();
        who.addRow(0, label("welcome.inspector", name), name);

        VBox workspace = workspaceSection();
        VBox key = keySection();

        Label problem = new Label();
        problem.setId("welcome-problem");
        problem.getStyleClass().add("muted");
        problem.setWrapText(true);
        problem.textProperty().bind(vm.problemProperty());
        problem.managedProperty().bind(problem.textProperty().isNotEmpty());
        Label error = new Label();
        error.setId("welcome-error");
        error.getStyleClass().add("welcome-error");
        error.setWrapText(true);
        error.textProperty().bind(vm.errorProperty());
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        spinner.managedProperty().bind(vm.busyProperty());
        Label progress = new Label();
        progress.setId("welcome-progress");
        progress.textProperty().bind(vm.progressProperty());

        Button start = new Button(t.get("welcome.start"));
        start.setId("welcome-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.busyProperty().or(vm.problemProperty().isNotEmpty()));
        start.setOnAction(e -> vm.start());
        Button exit = new Button(t.get("welcome.quit"));
        exit.setId("welcome-quit");
        exit.setCancelButton(true);
        exit.disableProperty().bind(vm.busyProperty());
        exit.setOnAction(e -> quit.run());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, spinner, progress, gap, exit, start);
        buttons.setAlignment(Pos.CENTER_LEFT);

        VBox form = new VBox(10, section("welcome.section.inspector"), who, new Separator(),
                section("welcome.section.workspace"), workspace, new Separator(), section("welcome.section.key"), key);
        form.disableProperty().bind(vm.busyProperty());
        // The form scrolls when the window is too small for it (a message shown, a laptop screen of
        // 768 pixels); the message and the buttons below it stay in view.
        ScrollPane scroll = new ScrollPane(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setFocusTraversable(false);
        scroll.getStyleClass().add("welcome-form");
        VBox.setVgrow(scroll, Priority.ALWAYS);
        // On the scene only while this view is in it: the main window reuses the welcome's scene.
        javafx.beans.value.ChangeListener<Node> focusMoved = (fo, before, focused) -> reveal(scroll, form, focused);
        sceneProperty().addListener((o, was, scene) -> {
            if (was != null) {
                was.focusOwnerProperty().removeListener(focusMoved);
            }
            if (scene != null) {
                scene.focusOwnerProperty().addListener(focusMoved);
            }
        });
        getChildren().addAll(title, intro, scroll, problem, error, buttons);
        // Enter starts from any field or choice (a focused radio button would otherwise swallow it);
        // on a focused button Enter keeps meaning that button.
        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && !start.isDisabled()
                    && !(getScene().getFocusOwner() instanceof Button)) {
                e.consume();
                vm.start();
            }
        });
    }

    /** Scrolls the form just enough to show the field the keyboard focus moved to. */
    private static void reveal(ScrollPane scroll, Region form, Node focused) {
        if (focused == null || !isInside(focused, form)) {
            return;
        }
        double viewport = scroll.getViewportBounds().getHeight();
        double hidden = form.getHeight() - viewport;
        if (hidden <= 0) {
            return;
        }
        var b = form.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double top = scroll.getVvalue() * hidden;
        if (b.getMinY() < top) {
            scroll.setVvalue(b.getMinY() / hidden);
        } else if (b.getMaxY() > top + viewport) {
            scroll.setVvalue(Math.min(1, (b.getMaxY() - viewport) / hidden));
        }
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Puts the keyboard focus in the name field (call once the view is in a shown window). */
    public void focusFirst() {
        name.requestFocus();
    }

    private VBox workspaceSection() {
        ToggleGroup group = new ToggleGroup();
        RadioButton sample = radio("welcome.source.sample", group, "welcome-sample");
        RadioButton fromBundle = radio("welcome.source.bundle", group, "welcome-bundle");
        bindChoice(vm.sourceProperty(), sample, WelcomeViewModel.Source.SAMPLE, fromBundle, WelcomeViewModel.Source.BUNDLE);
        TextField file = pathField("welcome-bundle-file", vm.bundleProperty());
        Button choose = chooser("welcome-bundle-choose", "welcome.bundle.filter", "*.inspbundle", vm.bundleProperty());
        Label info = new Label();
        info.setId("welcome-bundle-info");
        info.getStyleClass().add("muted");
        info.setWrapText(true);
        info.textProperty().bind(vm.bundleInfoProperty());
        info.managedProperty().bind(info.textProperty().isNotEmpty());
        HBox row = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        VBox bundleBox = new VBox(4, row, info);
        bundleBox.setPadding(new Insets(0, 0, 0, 24));
        bundleBox.disableProperty().bind(fromBundle.selectedProperty().not());
        return new VBox(6, sample, fromBundle, bundleBox);
    }

    private VBox keySection() {
        ToggleGroup group = new ToggleGroup();
        RadioButton create = radio("welcome.key.new", group, "welcome-key-new");
        RadioButton importIt = radio("welcome.key.import", group, "welcome-key-import");
        RadioButton skip = radio("welcome.key.skip", group, "welcome-key-skip");
        group.selectedToggleProperty().addListener((o, was, now) -> vm.keyProperty().set(
                now == create ? WelcomeViewModel.KeyChoice.NEW
                        : now == importIt ? WelcomeViewModel.KeyChoice.IMPORT : WelcomeViewModel.KeyChoice.SKIP));
        switch (vm.keyProperty().get()) {
            case NEW -> create.setSelected(true);
            case IMPORT -> importIt.setSelected(true);
            case SKIP -> skip.setSelected(true);
        }

        TextField keyName = text("welcome-key-name", vm.keyNameProperty());
        TextField org = text("welcome-key-org", vm.organisationProperty());
        org.setPromptText(t.get("welcome.key.org.prompt"));
        PasswordField pw = password("welcome-key-password", vm.passwordProperty());
        PasswordField pw2 = password("welcome-key-password2", vm.passwordAgainProperty());
        GridPane newKey = grid();
        newKey.addRow(0, label("welcome.key.name", keyName), keyName, label("welcome.key.org", org), org);
        newKey.addRow(1, label("welcome.key.password", pw), pw, label("welcome.key.passwordAgain", pw2), pw2);
        newKey.setPadding(new Insets(0, 0, 0, 24));
        newKey.disableProperty().bind(create.selectedProperty().not());

        TextField file = pathField("welcome-key-file", vm.importFileProperty());
        Button choose = chooser("welcome-key-choose", "welcome.key.filter", "*.p12", vm.importFileProperty());
        PasswordField filePw = password("welcome-key-file-password", vm.importPasswordProperty());
        HBox fileRow = new HBox(6, file, choose);
        HBox.setHgrow(file, Priority.ALWAYS);
        GridPane imported = grid();
        imported.addRow(0, label("welcome.key.file", file), fileRow);
        imported.addRow(1, label("welcome.key.filePassword", filePw), filePw);
        imported.setPadding(new Insets(0, 0, 0, 24));
        imported.disableProperty().bind(importIt.selectedProperty().not());

        Label where = new Label(t.get("welcome.key.where", vm.workspace().toAbsolutePath().getParent()));
        where.getStyleClass().add("muted");
        where.setWrapText(true);
        return new VBox(6, create, newKey, importIt, imported, skip, where);
    }

    private static <T> void bindChoice(ObjectProperty<T> prop, RadioButton a, T va, RadioButton b, T vb) {
        a.setSelected(prop.get() == va);
        b.setSelected(prop.get() == vb);
        a.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                prop.set(va);
            }
        });
        b.selectedProperty().addListener((o, was, now) -> {
            if (now) {
                prop.set(vb);
            }
        });
    }

    private RadioButton radio(String key, ToggleGroup group, String id) {
        RadioButton r = new RadioButton(t.get(key));
        r.setMnemonicParsing(true);
        r.setToggleGroup(group);
        r.setId(id);
        // Alt+letter only focuses a radio button in JavaFX (its mnemonic fires an action event, not
        // fire()); choosing it is what a keyboard user means.
        r.addEventHandler(javafx.event.ActionEvent.ACTION, e -> r.setSelected(true));
        return r;
    }

    private Label section(String key) {
        Label l = new Label(t.get(key));
        l.getStyleClass().add("welcome-section");
        return l;
    }

    private Label label(String key, Node target) {
        Label l = new Label(t.get(key));
        l.setMnemonicParsing(true);
        l.setLabelFor(target);
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(6);
        return g;
    }

    private static TextField text(String id, javafx.beans.property.StringProperty p) {
        TextField f = new TextField();
        f.setPrefColumnCount(16);
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    private static PasswordField password(String id, javafx.beans.property.StringProperty p) {
        PasswordField f = new PasswordField();
        f.setPrefColumnCount(16);
        f.setId(id);
        f.textProperty().bindBidirectional(p);
        return f;
    }

    /** A typed path: the view model gets a Path (or null when empty). */
    private static TextField pathField(String id, ObjectProperty<Path> p) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefColumnCount(34);
        f.textProperty().addListener((o, was, now) -> {
            Path typed;
            try {
                typed = now == null || now.isBlank() ? null : Path.of(now.strip());
            } catch (java.nio.file.InvalidPathException e) {
                typed = null;
            }
            if (!java.util.Objects.equals(typed, p.get())) {
                p.set(typed);
            }
        });
        p.addListener((o, was, now) -> {
            String shown = now == null ? "" : now.toString();
            if (!shown.equals(f.getText().strip())) {
                f.setText(shown);
            }
        });
        return f;
    }

    private Button chooser(String id, String filterKey, String pattern, ObjectProperty<Path> target) {
        Button b = new Button(t.get(id.contains("bundle") ? "welcome.bundle.choose" : "welcome.key.choose"));
        b.setId(id);
        b.setOnAction(e -> {
            FileChooser c = new FileChooser();
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(t.get(filterKey), pattern));
            File f = c.showOpenDialog(owner.get());
            if (f != null) {
                target.set(f.toPath());
            }
        });
        return b;
    }
}
