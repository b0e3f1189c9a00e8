package org.inspectorbench.ui.report;

import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

import java.util.concurrent.CompletableFuture;

/**
 * The running export as a JavaFX {@link Task}, so that the workbench's task panel (ControlsFX
 * TaskProgressView, bottom of the window) shows its progress bar, current file and cancel button.
 * The work itself runs in the view model (through the UI's background tasks); this task only
 * mirrors it: cancelling it cancels the export, and it ends when the export ends.
 */
final class ExportProgressTask extends Task<ExportOutcome> {

    private final ReportExportViewModel vm;
    private final CompletableFuture<ExportOutcome> finished = new CompletableFuture<>();

    ExportProgressTask(ReportExportViewModel vm, ReportTexts texts) {
        this.vm = vm;
        updateTitle(texts.get("export.task"));
        updateMessage(texts.get("export.task.signing"));
        updateProgress(-1, 1);
        vm.progressProperty().addListener((o, was, now) -> {
            double p = now.doubleValue();
            if (p < 0) {
                updateProgress(-1, 1);
            } else {
                updateProgress(p, 1);
            }
        });
        vm.currentProperty().addListener((o, was, now) -> updateMessage(now));
        vm.outcomeProperty().addListener((o, was, now) -> {
            if (now != null) {
                finished.complete(now);
            }
        });
        stateProperty().addListener((o, was, now) -> {
            if (now == Worker.State.CANCELLED) {
                vm.cancel();
            }
        });
    }

    @Override
    protected ExportOutcome call() throws Exception {
        return finished.get();
    }

    /** Shows the export in {@code panel}'s list and starts mirroring it (on a waiting daemon thread). */
    static void show(ReportExportViewModel vm, ReportTexts texts, javafx.collections.ObservableList<Task<?>> panel) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("call on the FX thread");
        }
        ExportProgressTask task = new ExportProgressTask(vm, texts);
        if (vm.outcomeProperty().get() != null && !vm.runningProperty().get()) {
            return;
        }
        panel.add(task);
        Thread waiter = new Thread(task, "report-export-progress");
        waiter.setDaemon(true);
        waiter.start();
    }
}
