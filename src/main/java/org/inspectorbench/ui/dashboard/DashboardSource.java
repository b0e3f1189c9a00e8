package org.inspectorbench.ui.dashboard;

import org.inspectorbench.report.ExportProgress;

import java.nio.file.Path;

/**
 * What the dashboard needs from the workspace. Both methods block on disk and scoring: the view
 * model calls them through BackgroundTasks, never on the FX thread.
 */
public interface DashboardSource {

    DashboardData load();

    /**
     * Writes the Excel league table (the workbook of {@code inspector report xlsx}), telling
     * {@code progress} the percentage done; stops between sheets when it asks to, leaving no file.
     */
    void exportXlsx(Path file, ExportProgress progress) throws Exception;
}
