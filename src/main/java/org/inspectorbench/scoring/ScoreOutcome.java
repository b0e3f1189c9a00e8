package org.inspectorbench.scoring;

import java.util.List;

/**
 * The result of scoring a findings input: every unit's scorecard, or the problems that stopped it.
 * When {@code problems} is not empty, {@code units} is empty: a scorecard from partly wrong input
 * would look right and be wrong.
 */
public record ScoreOutcome(List<UnitResult> units, List<InputProblem> problems) {

    public ScoreOutcome {
        units = List.copyOf(units);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
