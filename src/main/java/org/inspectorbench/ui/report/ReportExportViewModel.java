package org.inspectorbench.ui.report;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.inspectorbench.report.ExportProgress;
import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ReportExport;
import org.inspectorbench.report.ScorecardSigner;
import org.inspectorbench.report.signed.PdfScorecardSigner;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import org.inspectorbench.ui.common.BackgroundTasks;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The scorecard export of the workbench: runs one export at a time off the FX thread (through the
 * UI's {@link BackgroundTasks}), shows its progress, and can be cancelled between units. Failures
 * (wrong password, expired certificate, unwritable folder) end as an {@link ExportOutcome} with the
 * message to show; nothing half-written is left behind (the report export's guarantee).
 */
public final class ReportExportViewModel {

    /** Progress value while the amount of work is not known yet (JavaFX's indeterminate). */
    public static final double INDETERMINATE = -1;

    private final ScorecardExports exports;
    private final SigningKeys keys;
    private final BackgroundTasks tasks;
    private final Executor fx;
    private final Clock clock;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper current = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ExportOutcome> outcome = new ReadOnlyObjectWrapper<>();
    private volatile AtomicBoolean cancel = new AtomicBoolean();

    /** @param fx where property changes are delivered (Platform::runLater; the calling thread in tests) */
    public ReportExportViewModel(ScorecardExports exports, SigningKeys keys, BackgroundTasks tasks, Executor fx,
                                 Clock clock) {
        this.exports = exports;
        this.keys = keys;
        this.tasks = tasks;
        this.fx = fx;
        this.clock = clock;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0..1, or {@link #INDETERMINATE}. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The file written last ("03-安州区.pdf"), for the progress line. */
    public ReadOnlyStringProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ExportOutcome> outcomeProperty() {
        return outcome.getReadOnlyProperty();
    }

    /**
     * Starts an export; {@code password} (for a signing request) is wiped when done. Completes on the
     * FX side with the outcome. A second export while one runs is refused.
     */
    public CompletableFuture<ExportOutcome> export(ExportRequest request, char[] password) {
        if (running.get()) {
            wipe(password);
            return CompletableFuture.completedFuture(ExportOutcome.failed("已有导出正在进行 an export is already running"));
        }
        AtomicBoolean cancelThis = new AtomicBoolean();
        cancel = cancelThis;
        running.set(true);
        progress.set(INDETERMINATE);
        current.set("");
        outcome.set(null);
        CompletableFuture<ExportOutcome> done = new CompletableFuture<>();
        tasks.run(() -> work(request, password, cancelThis), result -> {
            running.set(false);
            progress.set(result.status() == ExportOutcome.Status.SUCCEEDED ? 1 : 0);
            outcome.set(result);
            done.complete(result);
        }).exceptionally(e -> {
            // Only a programming error gets here (work() turns every expected failure into an outcome);
            // the UI's error handler has shown it. Leave the view usable.
            fx.execute(() -> {
                running.set(false);
                progress.set(0);
                ExportOutcome failed = ExportOutcome.failed(String.valueOf(e.getMessage()));
                outcome.set(failed);
                done.complete(failed);
            });
            return null;
        });
        return done;
    }

    /** Asks the running export to stop; it stops before the next unit and writes nothing. */
    public void cancel() {
        cancel.set(true);
    }

    private ExportOutcome work(ExportRequest request, char[] password, AtomicBoolean cancelThis) {
        try {
            ZonedDateTime now = ZonedDateTime.now(clock);
            SigningIdentity identity = identity(request, password, now);
            ScorecardSigner signer = identity == null ? null : new PdfScorecardSigner(identity, now);
            if (cancelThis.get()) {
                return ExportOutcome.cancelled("已取消 cancelled: nothing was written");
            }
            ReportExport.Written written = exports.export(request, signer, progress(cancelThis));
            return ExportOutcome.succeeded(written.files(), identity == null ? null : identity.name());
        } catch (ReportException e) {
            return e.kind() == ReportException.Kind.CANCELLED
                    ? ExportOutcome.cancelled(e.getMessage()) : ExportOutcome.failed(e.getMessage());
        } catch (SigningException e) {
            return ExportOutcome.failed(e.problem().message());
        } finally {
            wipe(password);
        }
    }

    private SigningIdentity identity(ExportRequest request, char[] password, ZonedDateTime now)
            throws SigningException {
        if (request.signing() instanceof ExportRequest.ExistingKey k) {
            return keys.open(k.keystore(), password, now.toInstant());
        }
        if (request.signing() instanceof ExportRequest.NewKey k) {
            return keys.create(k.name(), k.organisation(), k.keystore(), password, now.toInstant());
        }
        return null;
    }

    private ExportProgress progress(AtomicBoolean cancelThis) {
        return new ExportProgress() {
            @Override
            public void update(int done, int total, String file) {
                fx.execute(() -> {
                    progress.set(total == 0 ? INDETERMINATE : (double) done / total);
                    current.set(file);
                });
            }

            @Override
            public boolean cancelled() {
                return cancelThis.get();
            }
        };
    }

    private static void wipe(char[] password) {
        if (password != null) {
            Arrays.fill(password, '\0');
        }
    }
}
