package org.inspectorbench.ui.bundle;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.inspectorbench.bundle.BundleException;
import org.inspectorbench.bundle.BundleKind;
import org.inspectorbench.bundle.BundleProblem;
import org.inspectorbench.bundle.BundleProgress;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * "导出数据包…": one export at a time on the workspace's writer (an export is a write: it records
 * what was sent), with progress per image and cancel; a cancelled or failed export leaves no file.
 */
public final class BundleExportViewModel {

    /** What to export: the keystore that signs, the file, the kind, and since the last export or everything. */
    public record Request(Path keystore, Path out, BundleKind kind, boolean sinceLast) {
    }

    /** How it ended, with the sentence to show. */
    public record Outcome(Status status, String message) {

        public enum Status { SUCCEEDED, FAILED, CANCELLED }
    }

    private final BundleService service;
    private final Executor writer;
    private final Executor fx;
    private final BundleTexts texts;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private volatile AtomicBoolean cancel = new AtomicBoolean();
    private Request last;

    public BundleExportViewModel(BundleService service, Executor writer, Executor fx, BundleTexts texts) {
        this.service = service;
        this.writer = writer;
        this.fx = fx;
        this.texts = texts;
    }

    /** Starts the export; {@code password} is wiped when done. Completes on the FX side. */
    public CompletableFuture<Outcome> export(Request request, char[] password) {
        if (running.get()) {
            Arrays.fill(password, '\0');
            return CompletableFuture.completedFuture(new Outcome(Outcome.Status.FAILED, texts.get("export.busy")));
        }
        last = request;
        AtomicBoolean stop = new AtomicBoolean();
        cancel = stop;
        running.set(true);
        progress.set(-1);
        message.set(texts.get("export.signing", request.out().getFileName()));
        CompletableFuture<Outcome> done = new CompletableFuture<>();
        writer.execute(() -> {
            Outcome outcome;
            try {
                BundleService.ExportResult r = service.export(request.keystore(), password, request.out(),
                        request.kind(), request.sinceLast(), new BundleProgress() {
                            @Override
                            public void update(long n, long total) {
                                fx.execute(() -> {
                                    progress.set(total == 0 ? 1 : (double) n / total);
                                    message.set(texts.get("export.writing", request.out().getFileName(), n, total));
                                });
                            }

                            @Override
                            public boolean cancelled() {
                                return stop.get();
                            }
                        });
                outcome = new Outcome(Outcome.Status.SUCCEEDED, texts.get("export.done", r.file(), r.signer(), r.seq(),
                        r.units().isEmpty() ? "—" : String.join(", ", r.units()), r.images()));
            } catch (BundleException e) {
                outcome = new Outcome(e.problem() == BundleProblem.CANCELLED ? Outcome.Status.CANCELLED
                        : Outcome.Status.FAILED, e.getMessage());
            } catch (RuntimeException e) {
                outcome = new Outcome(Outcome.Status.FAILED, String.valueOf(e.getMessage()));
            } finally {
                Arrays.fill(password, '\0');
            }
            Outcome result = outcome;
            fx.execute(() -> {
                running.set(false);
                progress.set(result.status() == Outcome.Status.SUCCEEDED ? 1 : 0);
                message.set(result.message());
                done.complete(result);
            });
        });
        return done;
    }

    /** Stops the running export before its next image; nothing is written. */
    public void cancel() {
        cancel.set(true);
    }

    /** The previous request, to start the next dialog from. */
    public Request last() {
        return last;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }
}
