package org.inspectorbench.ui.report;

import java.nio.file.Path;
import java.util.Optional;

/** The export's own dialogs, behind an interface so that the flow is tested without a window. */
public interface ReportDialogs {

    /**
     * What the dialog starts with: the unit on screen (or null), the inspector's name, the last
     * choices, and the inspector's own keystore (made or imported at first run; null if none).
     */
    record Defaults(String currentUnit, String inspector, Path folder, ExportRequest last, Path keystore) {
    }

    /** The export settings; empty when cancelled. */
    Optional<ExportRequest> askExport(Defaults defaults);

    /**
     * The keystore's password; empty when cancelled. For a new keystore ({@code create}) it is asked
     * twice and returned only when both agree.
     */
    Optional<char[]> askPassword(Path keystore, boolean create);
}
