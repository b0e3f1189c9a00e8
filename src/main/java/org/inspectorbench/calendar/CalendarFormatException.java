package org.inspectorbench.calendar;

import java.util.List;

/**
 * A calendar file that cannot be used, with every problem found (each names the file and the
 * JSON path), so that one run shows everything to fix.
 */
public final class CalendarFormatException extends RuntimeException {

    private final List<String> problems;

    public CalendarFormatException(List<String> problems) {
        super("工作日历文件有误 (invalid working-day calendar):\n  " + String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
