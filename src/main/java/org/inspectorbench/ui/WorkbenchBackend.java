package org.inspectorbench.ui;

import org.inspectorbench.ui.port.UnitScorer;
import org.inspectorbench.ui.port.WorkbenchStore;

import java.nio.file.Path;

/** Opens the workspace and names the scorer: the real store and engine, or fakes in tests. */
public interface WorkbenchBackend {

    /**
     * @param workspace the workspace file, or null for the default one (created on first use)
     * @throws RuntimeException with a user-readable message when the file cannot be opened
     */
    WorkbenchStore open(Path workspace);

    /** The scorer for the campaign's own (frozen) rubric. */
    UnitScorer scorer(org.inspectorbench.rubric.Rubric rubric);

    /** The per-user default workspace (INSPECTOR_WORKSPACE aside): where the first run creates one. */
    Path defaultWorkspace();

    /** Where the workbench keeps its own preferences (beside the default workspace). */
    Path settingsFile();
}
