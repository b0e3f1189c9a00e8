package org.inspectorbench.ui.bundle;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * The import window: progress and status on top, the preview in the middle, "导入" and "取消"
 * below. "取消" (or closing the window) before the import writes nothing; after it, the button
 * closes the window.
 */
public final class BundleImportWindow {

    private BundleImportWindow() {
    }

    /**
     * A double-clicked bundle, before the main window opens: the same preview and import, modal, on
     * threads of its own; returns when the window is closed.
     */
    public static void showAndWait(org.inspectorbench.store.Workspace ws, java.nio.file.Path bundle,
                                   java.util.Locale locale, List<String> stylesheets) {
        java.util.concurrent.ExecutorService worker = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "bundle-on-open");
            t.setDaemon(true);
            return t;
        });
        try {
            BundleImportViewModel vm = new BundleImportViewModel(new WorkspaceBundles(ws), worker, worker,
                    javafx.application.Platform::runLater, new BundleTexts(() -> locale), units -> { });
            Stage stage = create(null, vm, stylesheets);
            vm.preview(List.of(bundle));
            stage.showAndWait();
        } finally {
            worker.shutdown();
        }
    }

    public static Stage create(Window owner, BundleImportViewModel vm, List<String> stylesheets) {
        BundleTexts t = vm.texts();
        Label status = new Label();
        status.setId("bundle-import-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.messageProperty());
        ProgressBar bar = new ProgressBar();
        bar.setId("bundle-import-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        bar.visibleProperty().bind(vm.phaseProperty().isEqualTo(BundleImportViewModel.Phase.VERIFYING)
                .or(vm.phaseProperty().isEqualTo(BundleImportViewModel.Phase.IMPORTING)));
        VBox top = new VBox(6, status, bar);
        top.setPadding(new Insets(10));

        Button importIt = new Button(t.get("import.button"));
        importIt.setId("bundle-import-ok");
        importIt.setDefaultButton(true);
        importIt.disableProperty().bind(vm.canImportProperty().not());
        Button cancel = new Button(t.get("import.cancel"));
        cancel.setId("bundle-import-cancel");
        cancel.setCancelButton(true);
        cancel.disableProperty().bind(vm.phaseProperty().isEqualTo(BundleImportViewModel.Phase.IMPORTING));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(10, gap, importIt, cancel);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        buttons.setPadding(new Insets(10));

        BorderPane root = new BorderPane(new BundlePreviewView(vm), top, null, buttons, null);
        root.setId("bundle-import-window");
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(t.get("import.title"));
        Scene scene = new Scene(root, 820, 560);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);

        vm.phaseProperty().addListener((o, was, now) -> {
            boolean finished = now == BundleImportViewModel.Phase.IMPORTED || now == BundleImportViewModel.Phase.FAILED;
            cancel.setText(t.get(finished ? "import.close" : "import.cancel"));
            if (now == BundleImportViewModel.Phase.CANCELLED) {
                stage.close();
            }
        });
        importIt.setOnAction(e -> vm.importAccepted());
        cancel.setOnAction(e -> {
            BundleImportViewModel.Phase p = vm.phaseProperty().get();
            if (p == BundleImportViewModel.Phase.IMPORTED || p == BundleImportViewModel.Phase.FAILED) {
                stage.close();
            } else {
                vm.cancel();
            }
        });
        stage.setOnCloseRequest(e -> {
            if (vm.phaseProperty().get() == BundleImportViewModel.Phase.IMPORTING) {
                e.consume();
            } else {
                vm.cancel();
            }
        });
        return stage;
    }
}
