package org.inspectorbench.ui.health;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Milestones of the start, in ms after JVM start, printed by {@code gui --exit-when-ready} next to
 * the total: where the start-up time goes (JVM and command line, toolkit, fonts, workspace, window).
 * A mark only notes the clock: asking the JVM for its start time loads the management classes,
 * a tenth of a second that every start would pay, so that is done when the line is printed.
 */
public final class StartupTrace {

    private record Mark(String what, long at) {
    }

    private static final List<Mark> MARKS = new ArrayList<>();

    private StartupTrace() {
    }

    public static synchronized void mark(String what) {
        MARKS.add(new Mark(what, System.currentTimeMillis()));
    }

    public static synchronized String line() {
        long start = ManagementFactory.getRuntimeMXBean().getStartTime();
        return MARKS.stream().map(m -> m.what() + " " + (m.at() - start)).collect(Collectors.joining(", "));
    }
}
