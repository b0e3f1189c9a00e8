package org.inspectorbench.ui;

import javafx.application.Application;

import java.nio.file.Path;
import java.util.concurrent.ThreadFactory;

/**
 * The door from the command line into the window. Its signature names no JavaFX type, so that
 * the cli package (which must not import JavaFX) can call it.
 */
public final class Workbench {

    private static volatile WorkbenchBackend backend;
    private static volatile Path workspace;
    private static volatile Startup startup;

    private Workbench() {
    }

    /** Opens the workbench window on {@code workspaceFile} (null: the default workspace); blocks until it closes. */
    public static void launch(Path workspaceFile) {
        launch(workspaceFile, new org.inspectorbench.ui.adapter.WorkspaceBackend());
    }

    public static void launch(Path workspaceFile, WorkbenchBackend with) {
        workspace = workspaceFile;
        backend = with;
        // Begins the health check and the workspace open now, in parallel with the toolkit's start.
        org.inspectorbench.ui.health.StartupTrace.mark("launch");
        startup = new Startup(with, workspaceFile);
        org.inspectorbench.ui.common.SoftwareRendering.configure();
        Application.launch(WorkbenchApp.class);
    }

    /**
     * Opens the window and returns the exit code once it closes: 0, or 1 with a message on
     * {@code err} when there is no display to open a window on.
     */
    public static int run(Path workspaceFile, java.io.PrintWriter err) {
        try {
            launch(workspaceFile);
            return 0;
        } catch (UnsupportedOperationException | IllegalStateException e) {
            err.println("无法打开窗口 cannot open the window: " + e.getMessage());
            err.println("没有图形界面时请使用命令行 (without a display use the command line): inspector --help");
            return 1;
        }
    }

    static WorkbenchBackend backend() {
        return backend;
    }

    static Path workspace() {
        return workspace;
    }

    static Startup startup() {
        return startup;
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
