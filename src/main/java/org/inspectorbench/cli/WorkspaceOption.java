package org.inspectorbench.cli;

import org.inspectorbench.store.AppDirs;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceException;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * The {@code --workspace FILE} option shared by the workspace commands. Without it: the file named
 * by INSPECTOR_WORKSPACE, else the per-user default workspace (created from the sample campaign on
 * first use). Workspace problems become {@link UserError}s: a message, no stack trace.
 */
final class WorkspaceOption {

    @Option(names = "--workspace", paramLabel = "FILE",
            description = "the workspace file (default: $INSPECTOR_WORKSPACE, else the per-user default workspace)")
    Path file;

    Path path() {
        return file != null ? file : AppDirs.defaultWorkspace();
    }

    /** Opens the workspace, runs {@code work} and closes it again. */
    <T> T with(Function<Workspace, T> work) {
        return guard(() -> {
            try (Workspace ws = file != null ? Workspace.open(file) : Workspace.openDefault()) {
                return work.apply(ws);
            }
        });
    }

    static <T> T guard(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (WorkspaceException e) {
            throw new UserError(e.getMessage(), e);
        }
    }
}
