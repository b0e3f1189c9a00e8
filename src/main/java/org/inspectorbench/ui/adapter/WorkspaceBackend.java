package org.inspectorbench.ui.adapter;

import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.store.AppDirs;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceException;
import org.inspectorbench.ui.WorkbenchBackend;
import org.inspectorbench.ui.port.UnitScorer;
import org.inspectorbench.ui.port.WorkbenchStore;

import java.nio.file.Files;
import java.nio.file.Path;

/** The production backend: the SQLite workspace (default one created on first use) and the engine. */
public final class WorkspaceBackend implements WorkbenchBackend {

    @Override
    public WorkbenchStore open(Path workspace) {
        try {
            if (workspace == null) {
                return new WorkspaceStore(Workspace.openDefault());
            }
            if (!Files.exists(workspace)) {
                throw new IllegalArgumentException("工作区 " + workspace + " 不存在 (no such workspace): "
                        + "create it with `inspector init --workspace " + workspace + " --campaign C.json`");
            }
            return new WorkspaceStore(Workspace.open(workspace));
        } catch (WorkspaceException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public UnitScorer scorer(Rubric rubric) {
        return new EngineScorer(rubric, CalendarLoader.bundled());
    }

    @Override
    public Path defaultWorkspace() {
        return AppDirs.dataDir().resolve(AppDirs.DEFAULT_WORKSPACE_NAME);
    }

    @Override
    public Path settingsFile() {
        return AppDirs.dataDir().resolve("workbench-ui.properties");
    }
}
