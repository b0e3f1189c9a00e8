package org.inspectorbench.ui.bundle;

import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.concurrent.CompletableFuture;

/**
 * The running bundle export as a JavaFX {@link Task} for the workbench's task panel (progress bar,
 * message, cancel button). The work runs in the view model; this mirrors it, and cancelling it
 * cancels the export.
 */
final class ExportTask extends Task<BundleExportViewModel.Outcome> {

    private final CompletableFuture<BundleExportViewModel.Outcome> finished;

    ExportTask(BundleExportViewModel vm, CompletableFuture<BundleExportViewModel.Outcome> finished, String title) {
        this.finished = finished;
        updateTitle(title);
        updateMessage(vm.messageProperty().get());
        updateProgress(-1, 1);
        vm.progressProperty().addListener((o, was, now) -> updateProgress(now.doubleValue() < 0 ? -1 : now.doubleValue(), 1));
        vm.messageProperty().addListener((o, was, now) -> updateMessage(now));
        stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.CANCELLED) {
                vm.cancel();
            }
        });
    }

    @Override
    protected BundleExportViewModel.Outcome call() throws Exception {
        return finished.get();
    }
}
