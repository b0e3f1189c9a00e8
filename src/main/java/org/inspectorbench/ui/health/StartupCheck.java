package org.inspectorbench.ui.health;

import org.inspectorbench.store.WorkspaceHealth;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * The start-up decision, a pure function of the files and the quick health check, so that it is
 * tested without a window: first run, open, offer a backup before a migration, or refuse.
 */
public final class StartupCheck {

    private StartupCheck() {
    }

    /** With the real quick check ({@code PRAGMA quick_check}, schema version). */
    public static StartupDecision decide(Path requested, Path defaultFile, LocalDate today) {
        return decide(requested, defaultFile, today, f -> WorkspaceHealth.check(f, WorkspaceHealth.Depth.QUICK));
    }

    /**
     * @param requested the workspace named on the command line or by INSPECTOR_WORKSPACE, or null
     * @param defaultFile the per-user default workspace
     */
    public static StartupDecision decide(Path requested, Path defaultFile, LocalDate today,
                                         Function<Path, WorkspaceHealth.Report> check) {
        Path file = requested != null ? requested : defaultFile;
        if (requested == null && !Files.exists(defaultFile)) {
            return new StartupDecision.FirstRun(defaultFile);
        }
        WorkspaceHealth.Report r = check.apply(file);
        if (r.migrationPending()) {
            return new StartupDecision.OfferBackup(file, r.schemaVersion(), r.latestVersion(),
                    WorkspaceHealth.defaultBackup(file, today));
        }
        if (r.healthy()) {
            return new StartupDecision.Open(file);
        }
        return new StartupDecision.Refuse(file, r.status() == WorkspaceHealth.Status.DAMAGED, r.problems(),
                Files.exists(file) ? WorkspaceHealth.backups(file) : java.util.List.of());
    }
}
