package org.inspectorbench.cli;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench command runs end to end on the bundled rubric and units (figures are not asserted). */
class ScoringBenchTest {

    @Test
    void printsBothFigures() {
        CliRun run = CliRun.of("bench", "scoring", "--edits", "200", "--campaign-runs", "4");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("49 units, 53 websites, 980 findings"), run.out());
        assertTrue(run.out().contains("re-score one unit after one finding changes: median"), run.out());
        assertTrue(run.out().contains("score all 49 units (980 findings)"), run.out());
    }

    @Test
    void benchAloneListsItsSubcommands() {
        CliRun run = CliRun.of("bench");
        assertEquals(0, run.exit());
        assertTrue(run.out().contains("scoring"), run.out());
    }
}
