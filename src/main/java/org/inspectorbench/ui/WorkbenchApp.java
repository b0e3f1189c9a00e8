package org.inspectorbench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.UserMessages;
import org.inspectorbench.ui.health.FxStartupPrompts;
import org.inspectorbench.ui.health.ReadyExit;
import org.inspectorbench.ui.health.StartupFlow;
import org.inspectorbench.ui.health.StartupSkeleton;
import org.inspectorbench.ui.health.StartupTrace;
import org.inspectorbench.ui.welcome.WelcomeWindow;

import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The JavaFX application. Start-up order, for a window that appears at once: fonts, then the
 * window with a skeleton (or the first-run welcome); meanwhile {@link Startup} checks and opens
 * the workspace off the FX thread; when it is open the real window content replaces the skeleton.
 */
public final class WorkbenchApp extends Application {

    private ExecutorService writer;
    private ExecutorService reader;

    @Override
    public void start(Stage stage) {
        StartupTrace.mark("fx-start");
        Fonts.load();
        StartupTrace.mark("fonts");
        Startup startup = Workbench.startup();
        I18n i18n = new I18n(startup.settings.language());
        stage.setTitle(i18n.get("app.title"));
        StartupSkeleton skeleton = new StartupSkeleton(i18n.get("startup.checking"), WorkbenchRoot.STYLESHEET);
        if (!startup.firstRun) {
            skeleton.showIn(stage);
        }
        startup.attach(new FxStartupPrompts(stage, i18n, skeleton,
                (file, done) -> WelcomeWindow.show(stage, file, i18n, startup.settings, done)));
        StartupTrace.mark("skeleton");
        startup.opened.whenComplete((opened, error) -> Platform.runLater(() -> open(stage, i18n, startup, opened, error)));
    }

    private void open(Stage stage, I18n i18n, Startup startup, Optional<Startup.Opened> opened, Throwable error) {
        StartupTrace.mark("open-on-fx");
        if (error != null) {
            Alert a = new Alert(Alert.AlertType.ERROR, UserMessages.of(error, i18n));
            a.setHeaderText(i18n.get("error.workspace"));
            a.setTitle(i18n.get("app.title"));
            a.showAndWait();
            Platform.exit();
            return;
        }
        if (opened.isEmpty()) {
            Platform.exit();
            return;
        }
        writer = Executors.newSingleThreadExecutor(Workbench.daemon("workspace-writer"));
        reader = Executors.newSingleThreadExecutor(Workbench.daemon("workspace-reader"));
        StartupFlow.Opened workspace = opened.get().workspace();
        WorkbenchRoot root = new WorkbenchRoot(workspace.store(), workspace.scorer(), startup.settings,
                writer, reader, Platform::runLater);
        root.start(stage, opened.get().units());
        StartupTrace.mark("window");
        ReadyExit.watch(stage, root.viewModel());
    }

    @Override
    public void stop() {
        // Queued writes finish before the process ends: every edit is stored.
        for (ExecutorService e : new ExecutorService[]{writer, reader}) {
            if (e != null) {
                e.shutdown();
            }
        }
        try {
            if (writer != null) {
                writer.awaitTermination(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException ignored) {
            Thread.currentThread().interrupt();
        }
    }
}
