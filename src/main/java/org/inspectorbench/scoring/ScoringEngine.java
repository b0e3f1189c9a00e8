package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The scoring engine for one rubric: scores a whole findings input, or opens a live session per
 * unit for edits. Pure: it reads no files and asks the calendar only through
 * {@link WorkingDayCounter}. Thread-safe once built (sessions are not).
 */
public final class ScoringEngine {

    private final RubricPlan plan;
    private final FindingChecker checker;
    private final VetoChecker vetoChecker;

    /** @throws IllegalArgumentException when the rubric lacks what scoring needs (points, tiers) */
    public ScoringEngine(Rubric rubric, WorkingDayCounter workingDays) {
        this.plan = new RubricPlan(Objects.requireNonNull(rubric, "rubric"));
        this.checker = new FindingChecker(plan, new MeasureReader(Objects.requireNonNull(workingDays, "workingDays")));
        this.vetoChecker = new VetoChecker(plan);
    }

    public Rubric rubric() {
        return plan.rubric;
    }

    public RubricIndex index() {
        return plan.index;
    }

    /**
     * Scores every unit. Any problem anywhere in the input stops the scoring: the outcome then holds
     * all the problems found, each with its JSON path, and no units.
     */
    public ScoreOutcome score(FindingsInput input) {
        List<InputProblem> problems = new ArrayList<>();
        if (input == null || input.units() == null) {
            problems.add(new InputProblem("units", "缺少单位列表 units is missing"));
            return new ScoreOutcome(List.of(), problems);
        }
        List<UnitResult> results = new ArrayList<>(input.units().size());
        Set<String> names = new HashSet<>();
        for (int u = 0; u < input.units().size(); u++) {
            UnitFindings unit = input.units().get(u);
            String path = "units[" + u + "]";
            if (unit != null && unit.unit() != null && !names.add(unit.unit().trim())) {
                problems.add(new InputProblem(path + ".unit", "单位 \"" + unit.unit() + "\" 重复出现 duplicate unit"));
            }
            UnitScorer scorer = SessionLoader.load(plan, checker, vetoChecker, unit, input.monitoringDate(), path, problems);
            if (scorer != null) {
                results.add(scorer.result());
            }
        }
        return problems.isEmpty() ? new ScoreOutcome(results, List.of()) : new ScoreOutcome(List.of(), problems);
    }

    /** All the problems of an input, empty when it scores. */
    public List<InputProblem> check(FindingsInput input) {
        return score(input).problems();
    }

    /**
     * Opens a live session for one unit with its stored findings. Findings that do not pass the
     * checks are left out and reported (paths relative to the unit: "websites[0].findings[2].rule").
     */
    public SessionOutcome open(UnitFindings unit, LocalDate monitoringDate) {
        List<InputProblem> problems = new ArrayList<>();
        UnitScorer scorer = SessionLoader.loadLenient(plan, checker, vetoChecker, unit, monitoringDate, problems);
        return new SessionOutcome(scorer, problems);
    }
}
