package org.inspectorbench.ui.dashboard;

import javafx.scene.Scene;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The dashboard in a window of its own beside the workbench; opened from the workbench's menu. */
public final class DashboardWindow {

    private static final String STYLESHEET = DashboardWindow.class.getResource("dashboard.css").toExternalForm();

    private DashboardWindow() {
    }

    /** Shows the dashboard and starts reading; {@code stylesheets} are the workbench's own (fonts). */
    public static Stage open(Window owner, DashboardViewModel vm, DashboardText text, List<String> stylesheets) {
        Stage stage = new Stage();
        stage.initOwner(owner);
        DashboardView view = new DashboardView(vm, text, () -> chooseTarget(stage, text));
        Scene scene = new Scene(view, 1280, 800);
        scene.getStylesheets().addAll(stylesheets);
        scene.getStylesheets().add(STYLESHEET);
        stage.setScene(scene);
        stage.titleProperty().bind(view.titleProperty());
        stage.show();
        vm.refresh();
        return stage;
    }

    private static Optional<Path> chooseTarget(Window owner, DashboardText text) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("dashboard.export.chooser"));
        chooser.setInitialFileName(text.get("dashboard.export.defaultName"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel (*.xlsx)", "*.xlsx"));
        File f = chooser.showSaveDialog(owner);
        if (f == null) {
            return Optional.empty();
        }
        Path p = f.toPath();
        return Optional.of(p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? p
                : p.resolveSibling(p.getFileName() + ".xlsx"));
    }

    /** The dashboard's stylesheet, for a scene built elsewhere (tests, screenshots). */
    public static String stylesheet() {
        return STYLESHEET;
    }
}
