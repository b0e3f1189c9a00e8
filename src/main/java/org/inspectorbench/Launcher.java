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
        org.inspectorbench.ui.health.StartupTrace.mark("main");
        // PDFBox logs through commons-logging, which binds to the log4j-api that POI brings; without
        // a log4j backend that prints "Log4j API could not find a logging provider" on every run.
        // Log4j's own simple logger (errors only, to stderr) keeps the command line clean.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        String[] line = commandLine(args);
        Integer window = org.inspectorbench.cli.GuiStart.tryRun(line,
                new java.io.PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8));
        System.exit(window != null ? window : InspectorCommand.run(line));
    }

    /**
     * No arguments: the window. One argument naming a bundle file: what a double-click on a
     * {@code .inspbundle} (the installers' file association) passes; the window offers to import it.
     * Desktop files may pass a {@code file:} URI instead of a path.
     */
    static String[] commandLine(String[] args) {
        if (args.length == 0) {
            return new String[]{"gui"};
        }
        if (args.length == 1 && args[0].toLowerCase(java.util.Locale.ROOT).endsWith(".inspbundle")) {
            String file = args[0].startsWith("file:") ? java.nio.file.Path.of(java.net.URI.create(args[0])).toString() : args[0];
            return new String[]{"gui", "--import-bundle", file};
        }
        return args;
    }
}
