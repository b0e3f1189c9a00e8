package org.inspectorbench.ui.health;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Milestones of the start, in ms after JVM start, printed by {@code gui --exit-when-ready} next to
 * the total: where the start-up time goes (JVM and command line, toolkit, fonts, workspace, window).
 */
public final class StartupTrace {

    private static final List<String> MARKS = new ArrayList<>();

    private StartupTrace() {
    }

    public static synchronized void mark(String what) {
        MARKS.add(what + " " + (System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime()));
    }

    public static synchronized String line() {
        return String.join(", ", MARKS);
    }
}
