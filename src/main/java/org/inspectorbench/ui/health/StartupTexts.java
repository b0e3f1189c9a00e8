package org.inspectorbench.ui.health;

import org.inspectorbench.ui.common.I18n;

/** The words of the start-up dialogs, built without a window so that tests can read them. */
public final class StartupTexts {

    private StartupTexts() {
    }

    public static String refusalHeader(StartupDecision.Refuse r, I18n i18n) {
        return i18n.get(r.damaged() ? "startup.damaged" : "startup.unusable");
    }

    /** What the check found, then what to do: the newest backup to restore, or the office's bundle. */
    public static String refusal(StartupDecision.Refuse r, I18n i18n) {
        StringBuilder s = new StringBuilder(i18n.get("startup.found")).append('\n');
        r.problems().forEach(p -> s.append("• ").append(p).append('\n'));
        if (r.damaged()) {
            s.append('\n').append(r.backups().isEmpty() ? i18n.get("startup.noBackup")
                    : i18n.get("startup.restore", r.backups().get(0), r.file().toAbsolutePath()));
            s.append("\n\n").append(i18n.get("startup.check", r.file()));
        }
        return s.toString();
    }

    public static String backupOffer(StartupDecision.OfferBackup o, I18n i18n) {
        return i18n.get("startup.backup.text", o.file(), o.from(), o.to(), o.backup());
    }
}
