package org.inspectorbench.ui.health;

import java.nio.file.Path;

/**
 * What the start-up flow asks or tells the user. Called on the start-up thread and blocking until
 * answered, so nothing (no migration above all) happens before the user has answered; the window's
 * implementation shows dialogs on the FX thread, tests answer directly.
 */
public interface StartupPrompts {

    enum BackupAnswer { BACKUP, CONTINUE, QUIT }

    /** First run: the welcome; true once it has created the workspace {@code file}, false when closed. */
    boolean welcome(Path file);

    /** Back the workspace up before its schema is migrated? */
    BackupAnswer askBackup(StartupDecision.OfferBackup offer);

    /** Why the workspace is not opened and what to do; returns once the user has read it. */
    void refuse(StartupDecision.Refuse refusal);

    /**
     * Opening or backing up failed (another program has it, disk full, ...); returns once read.
     * {@code headerKey} names the message that says which ({@code startup.backupFailed}, {@code error.workspace}).
     */
    void failed(String headerKey, Path file, String message);

    /** What start-up is doing now (shown in the window while it opens); {@code key} names a message. */
    void status(String key, Object... args);

    /** A double-clicked bundle waits to be imported into {@code file}: preview and ask (no-op otherwise). */
    void offerBundle(Path file);
}
