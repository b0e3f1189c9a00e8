package org.inspectorbench.ui.welcome;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.UiSettings;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/** Shows the first-run welcome in the main window's stage; {@code done} completes true once the workspace exists. */
public final class WelcomeWindow {

    public static final double WIDTH = 760;
    /** Room for the whole form with a message under it; less on a smaller screen, where the form scrolls. */
    public static final double HEIGHT = 700;

    private WelcomeWindow() {
    }

    public static void show(Stage stage, Path workspace, I18n i18n, UiSettings settings, CompletableFuture<Boolean> done) {
        Executor worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "welcome");
            t.setDaemon(true);
            return t;
        });
        show(stage, new WorkspaceWelcomeActions(workspace.toAbsolutePath().getParent()), workspace, i18n, settings,
                worker, done);
    }

    /** With the actions given (tests: fakes, or real files in a temporary folder). */
    public static WelcomeViewModel show(Stage stage, WelcomeActions actions, Path workspace, I18n i18n,
                                        UiSettings settings, Executor worker, CompletableFuture<Boolean> done) {
        WelcomeText text = new WelcomeText(i18n.locale());
        WelcomeViewModel vm = new WelcomeViewModel(workspace, actions, text, worker, Platform::runLater);
        vm.doneProperty().addListener((o, was, now) -> {
            if (now) {
                if (vm.keystore() != null) {
                    settings.setKeystore(vm.keystore());
                }
                stage.setOnCloseRequest(null);
                done.complete(true);
            }
        });
        WelcomeView view = new WelcomeView(vm, text, () -> stage, () -> {
            done.complete(false);
            stage.close();
        });
        stage.setOnCloseRequest(e -> done.complete(false));
        Scene scene = stage.getScene();
        if (scene == null) {
            // Less the window's title bar, which the screen's visual bounds do not count.
            double room = javafx.stage.Screen.getPrimary().getVisualBounds().getHeight() - 40;
            scene = new Scene(view, WIDTH, Math.max(400, Math.min(HEIGHT, room)));
            scene.getStylesheets().add(org.inspectorbench.ui.WorkbenchRoot.STYLESHEET);
            stage.setScene(scene);
        } else {
            scene.setRoot(view);
        }
        stage.setTitle(i18n.get("app.title"));
        stage.show();
        view.focusFirst();
        return vm;
    }
}
