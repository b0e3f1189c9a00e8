package org.inspectorbench.cli;

import org.inspectorbench.ui.Workbench;

import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The window's start without picocli: {@code gui [--workspace W] [--exit-when-ready]
 * [--import-bundle B]} is read by hand. picocli is compiled for Java 5, and the class-data archive
 * of JDK 17 cannot hold classes that old: its ~170 classes were loaded and verified the slow way on
 * every start. Anything else (help, a typo) goes to picocli's {@link GuiCommand} as before.
 */
public final class GuiStart {

    private GuiStart() {
    }

    /** The exit code, or null when the arguments are not plain window options (picocli then handles them). */
    public static Integer tryRun(String[] args, PrintWriter err) {
        if (args.length == 0 || !"gui".equals(args[0])) {
            return null;
        }
        Path workspace = null;
        Path bundle = null;
        boolean exitWhenReady = false;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--exit-when-ready")) {
                exitWhenReady = true;
            } else if ((a.equals("--workspace") || a.equals("--import-bundle")) && i + 1 < args.length
                    && !args[i + 1].startsWith("-")) {
                Path p = Path.of(args[++i]);
                if (a.equals("--workspace")) {
                    workspace = p;
                } else {
                    bundle = p;
                }
            } else {
                return null;
            }
        }
        if (workspace == null && System.getenv("INSPECTOR_WORKSPACE") != null) {
            workspace = Path.of(System.getenv("INSPECTOR_WORKSPACE"));
        }
        if (exitWhenReady) {
            org.inspectorbench.ui.health.ReadyExit.request(err);
        }
        if (bundle != null) {
            org.inspectorbench.ui.welcome.BundleOnOpen.request(bundle);
        }
        return Workbench.run(workspace, err);
    }
}
