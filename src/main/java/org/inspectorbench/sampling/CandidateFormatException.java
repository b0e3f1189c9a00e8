package org.inspectorbench.sampling;

import java.util.List;

/** A candidate list that cannot be used, with every problem (each names its line). */
public final class CandidateFormatException extends RuntimeException {

    private final List<String> problems;

    public CandidateFormatException(List<String> problems) {
        super(String.join("\n  ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
