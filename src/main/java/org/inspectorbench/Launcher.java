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
        // PDFBox logs through commons-logging, which binds to the log4j-api that POI brings; without
        // a log4j backend that prints "Log4j API could not find a logging provider" on every run.
        // Log4j's own simple logger (errors only, to stderr) keeps the command line clean.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
        System.exit(InspectorCommand.run(args.length == 0 ? new String[]{"gui"} : args));
    }
}
