package org.inspectorbench.ui;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.inspectorbench.ui.common.Fonts;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.UiSettings;
import org.inspectorbench.ui.port.WorkbenchStore;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The JavaFX application: fonts first, then the workspace, then the window. */
public final class WorkbenchApp extends Application {

    private ExecutorService writer;
    private ExecutorService reader;

    @Override
    public void start(Stage stage) {
        Fonts.load();
        WorkbenchBackend backend = Workbench.backend();
        Path workspace = Workbench.workspace();
        UiSettings settings = new UiSettings(backend.settingsFile());
        org.inspectorbench.ui.welcome.BundleOnOpen.offer(workspace, settings.language());
        WorkbenchStore store;
        try {
            store = backend.open(workspace);
        } catch (RuntimeException e) {
            I18n i18n = new I18n(settings.language());
            Alert a = new Alert(Alert.AlertType.ERROR, e.getMessage());
            a.setHeaderText(i18n.get("error.workspace"));
            a.setTitle(i18n.get("app.title"));
            a.showAndWait();
            Platform.exit();
            return;
        }
        writer = Executors.newSingleThreadExecutor(Workbench.daemon("workspace-writer"));
        reader = Executors.newSingleThreadExecutor(Workbench.daemon("workspace-reader"));
        WorkbenchRoot root = new WorkbenchRoot(store, backend.scorer(store.campaign().rubric()), settings, writer, reader, Platform::runLater);
        root.start(stage);
        org.inspectorbench.ui.health.ReadyExit.watch(stage, root.viewModel());
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
