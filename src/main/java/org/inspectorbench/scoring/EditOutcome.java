package org.inspectorbench.scoring;

import java.util.List;

/**
 * The answer to a live edit: refused with its problems (nothing changed), or accepted with the
 * unit's new result and what moved ({@link ScoreDiff#summary()}: "-0.5 可用性").
 */
public record EditOutcome(List<InputProblem> problems, UnitResult result, ScoreDiff diff) {

    public EditOutcome {
        problems = List.copyOf(problems);
    }

    public boolean accepted() {
        return problems.isEmpty();
    }
}
