package org.inspectorbench.ui.dashboard;

import java.nio.file.Path;

/**
 * What the dashboard needs from the workspace. Both methods block on disk and scoring: the view
 * model calls them through BackgroundTasks, never on the FX thread.
 */
public interface DashboardSource {

    DashboardData load();

    /** Writes the Excel league table (the workbook of {@code inspector report xlsx}). */
    void exportXlsx(Path file) throws Exception;
}
