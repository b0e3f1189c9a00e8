package org.inspectorbench.monitoring;

import java.util.List;

/** A monitoring file that cannot be used, with every problem found (each names its line). */
public final class MonitoringFormatException extends RuntimeException {

    private final List<String> problems;

    public MonitoringFormatException(List<String> problems) {
        super(String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
