package org.inspectorbench.ui.port;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A unit's score as the workbench shows it.
 *
 * @param items       each item's current score, keyed by {@link #itemKey(String, String)}
 * @param notApplicable item paths that do not apply to the unit (shown as 不适用)
 * @param bonusCounted whether part four counts (the bonus gate); {@code bonusGateText} says why not
 */
public record ScoreSnapshot(
        BigDecimal total,
        String tier,
        BigDecimal performancePercent,
        boolean vetoed,
        List<PartScore> parts,
        List<VerdictLine> verdicts,
        boolean bonusCounted,
        String bonusGateText,
        Map<String, BigDecimal> items,
        java.util.Set<String> notApplicable) {

    public record PartScore(String name, BigDecimal score, BigDecimal max) {
    }

    /** A website's or the new media's own verdict, with the reasons it failed. */
    public record VerdictLine(String part, String subject, boolean pass, BigDecimal score, List<String> reasons) {
    }

    /** Item scores of a website part are kept per site; others by path alone. */
    public static String itemKey(String site, String path) {
        return site == null ? path : site + "|" + path;
    }
}
