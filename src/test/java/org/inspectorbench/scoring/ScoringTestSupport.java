package org.inspectorbench.scoring;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shared engine and helpers for the scoring tests. */
abstract class ScoringTestSupport {

    static final ScoringEngine ENGINE = new ScoringEngine(TestRubrics.mianyangLike(), new FakeWorkingDays());

    static UnitResult score(Findings.Unit unit) {
        ScoreOutcome outcome = ENGINE.score(unit.input());
        assertTrue(outcome.ok(), () -> "unexpected problems: " + outcome.problems());
        return outcome.units().get(0);
    }

    /** The item of the unit-level or new-media parts, or of the unit's only website. */
    static ItemResult item(UnitResult r, String path) {
        return r.items().stream().filter(i -> i.item().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + path));
    }

    static BigDecimal itemScore(Findings.Unit unit, String path) {
        return item(score(unit), path).score();
    }

    static void assertPoints(String expected, BigDecimal actual) {
        assertEquals(0, new BigDecimal(expected).compareTo(actual), () -> "expected " + expected + " but was " + actual);
    }
}
