package org.inspectorbench;

import org.inspectorbench.cli.InspectorCommand;

/**
 * Entry point. Deliberately not a JavaFX {@code Application}: the program runs from the class
 * path, and the command line must work on machines without a display.
 */
public final class Launcher {

    private Launcher() {
    }

    /** No arguments: the workbench window; anything else (including --help): the command line. */
    public static void main(String[] args) {
        System.exit(InspectorCommand.run(args.length == 0 ? new String[]{"gui"} : args));
    }
}
