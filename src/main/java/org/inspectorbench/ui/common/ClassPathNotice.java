package org.inspectorbench.ui.common;

import java.util.logging.Filter;
import java.util.logging.Logger;

/**
 * JavaFX warns on every start that it was loaded from the class path ("Unsupported JavaFX
 * configuration: classes were loaded from 'unnamed module ...'"). The program is built that way on
 * purpose (one class path for the jar, the app image and the installers; docs/packaging.md), so an
 * inspector who starts it from a terminal would only be alarmed by it. This filter drops that one
 * message; every other JavaFX warning (a stylesheet rule that does not parse, ...) still shows.
 */
public final class ClassPathNotice {

    static final String MESSAGE_START = "Unsupported JavaFX configuration";

    /** Held so that the logger, and the filter set on it, are not collected. */
    private static final Logger JAVAFX = Logger.getLogger("javafx");

    private ClassPathNotice() {
    }

    /** Before the toolkit starts. */
    public static void silence() {
        Filter previous = JAVAFX.getFilter();
        JAVAFX.setFilter(r -> !String.valueOf(r.getMessage()).startsWith(MESSAGE_START)
                && (previous == null || previous.isLoggable(r)));
    }
}
