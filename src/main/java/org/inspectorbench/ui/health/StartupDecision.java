package org.inspectorbench.ui.health;

import java.nio.file.Path;
import java.util.List;

/** What the workbench does with its workspace on start, decided before anything is written. */
public sealed interface StartupDecision {

    Path file();

    /** No workspace at the default location yet: the first-run welcome creates one. */
    record FirstRun(Path file) implements StartupDecision {
    }

    /** Healthy and at this program's schema: open it. */
    record Open(Path file) implements StartupDecision {
    }

    /**
     * Healthy, but opening it migrates its schema from {@code from} to {@code to}: ask first
     * whether to back it up to {@code backup}; nothing is migrated before the answer.
     */
    record OfferBackup(Path file, int from, int to, Path backup) implements StartupDecision {
    }

    /**
     * Not to be opened: {@code damaged} (restore a backup) or unusable (missing, not a workspace,
     * from a newer program); {@code problems} say what the check found, {@code backups} what is
     * there to restore from, newest first.
     */
    record Refuse(Path file, boolean damaged, List<String> problems, List<Path> backups) implements StartupDecision {
    }
}
