package org.inspectorbench.ui.health;

import org.inspectorbench.store.WorkspaceException;
import org.inspectorbench.store.WorkspaceHealth;
import org.inspectorbench.ui.WorkbenchBackend;
import org.inspectorbench.ui.port.UnitScorer;
import org.inspectorbench.ui.port.WorkbenchStore;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * The workbench's start, off the FX thread: decide (first run, healthy, migration pending,
 * damaged), ask what must be asked, back up if wanted, then open the workspace and parse its
 * rubric. It runs while the window is still coming up, so the window does not wait for the disk.
 */
public final class StartupFlow {

    /** The open workspace and the scorer for its rubric: what the main window is built from. */
    public record Opened(WorkbenchStore store, UnitScorer scorer) {
    }

    private final WorkbenchBackend backend;
    private final Path requested;
    private final Path defaultFile;
    private final LocalDate today;
    private final Function<Path, WorkspaceHealth.Report> check;

    public StartupFlow(WorkbenchBackend backend, Path requested, Path defaultFile, LocalDate today,
                       Function<Path, WorkspaceHealth.Report> check) {
        this.backend = backend;
        this.requested = requested;
        this.defaultFile = defaultFile;
        this.today = today;
        this.check = check;
    }

    /** With the real quick check. */
    public StartupFlow(WorkbenchBackend backend, Path requested, Path defaultFile) {
        this(backend, requested, defaultFile, LocalDate.now(), f -> WorkspaceHealth.check(f, WorkspaceHealth.Depth.QUICK));
    }

    /** Runs the start; empty when the user quit or the workspace must not be opened (they were told why). */
    public Optional<Opened> run(StartupPrompts prompts) {
        StartupDecision d = StartupCheck.decide(requested, defaultFile, today, check);
        if (d instanceof StartupDecision.FirstRun first) {
            if (!prompts.welcome(first.file())) {
                return Optional.empty();
            }
            d = StartupCheck.decide(first.file(), defaultFile, today, check);
        }
        if (d instanceof StartupDecision.Refuse refusal) {
            prompts.refuse(refusal);
            return Optional.empty();
        }
        if (d instanceof StartupDecision.OfferBackup offer) {
            StartupPrompts.BackupAnswer answer = prompts.askBackup(offer);
            if (answer == StartupPrompts.BackupAnswer.QUIT) {
                return Optional.empty();
            }
            if (answer == StartupPrompts.BackupAnswer.BACKUP) {
                prompts.status("startup.backingUp", offer.backup());
                try {
                    WorkspaceHealth.backup(offer.file(), offer.backup());
                } catch (WorkspaceException e) {
                    prompts.failed("startup.backupFailed", offer.file(), e.getMessage());
                    return Optional.empty();
                }
            }
        }
        prompts.offerBundle(d.file());
        StartupTrace.mark("checked");
        prompts.status("app.loading");
        WorkbenchStore store;
        try {
            store = backend.open(d.file());
        } catch (RuntimeException e) {
            prompts.failed("error.workspace", d.file(), e.getMessage());
            return Optional.empty();
        }
        try {
            Opened opened = new Opened(store, backend.scorer(store.campaign().rubric()));
            StartupTrace.mark("opened");
            return Optional.of(opened);
        } catch (RuntimeException e) {
            store.close();
            prompts.failed("error.workspace", d.file(), e.getMessage());
            return Optional.empty();
        }
    }
}
