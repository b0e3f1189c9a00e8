package org.inspectorbench.scoring;

import java.util.List;
import java.util.Optional;

/**
 * A unit session opened from stored findings. Findings that no longer pass the checks are left out
 * and reported in {@code problems}, so that one bad record does not hide the unit; the session is
 * absent only when the unit itself is wrong (unknown kind, no name, duplicate sites).
 */
public record SessionOutcome(UnitScorer scorer, List<InputProblem> problems) {

    public SessionOutcome {
        problems = List.copyOf(problems);
    }

    public Optional<UnitScorer> session() {
        return Optional.ofNullable(scorer);
    }
}
