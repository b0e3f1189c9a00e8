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

    private Workbench() {
    }

    /** Opens the workbench window on {@code workspaceFile} (null: the default workspace); blocks until it closes. */
    public static void launch(Path workspaceFile) {
        launch(workspaceFile, Backends.production());
    }

    public static void launch(Path workspaceFile, WorkbenchBackend with) {
        workspace = workspaceFile;
        backend = with;
        Application.launch(WorkbenchApp.class);
    }

    /** Opens the window with {@code --workspace W} read from {@code args}. */
    public static void launch(String[] args) {
        Path w = null;
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals("--workspace")) {
                w = Path.of(args[i + 1]);
            }
        }
        launch(w);
    }

    static WorkbenchBackend backend() {
        return backend;
    }

    static Path workspace() {
        return workspace;
    }

    static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }
}
