package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Part;

import java.math.BigDecimal;
import java.util.List;

/**
 * A part's score for one unit.
 *
 * @param score   the part's score (for a per-website part, the average of its sites rounded
 *                half-up to 2 decimals; for a bonus part, what was earned)
 * @param counted what enters the total: {@code score}, or 0 for a bonus part held back by the gate
 * @param judged  true when the part has a verdict of its own (a pass mark or vetoes)
 * @param pass    the verdict, when judged: false when a veto holds or the score is below the mark
 * @param reasons why it failed: the vetoes that hold ("政府网站/首页不更新") and a low score
 * @param sites   per website, for a per-website part; else empty
 */
public record PartResult(
        String name,
        String division,
        Part.Scope scope,
        boolean bonus,
        BigDecimal max,
        BigDecimal score,
        BigDecimal counted,
        boolean judged,
        boolean pass,
        List<String> reasons,
        List<SiteResult> sites) {

    /** "合格" / "不合格", or null when the part has no verdict of its own. */
    public String verdict() {
        return judged ? (pass ? Verdicts.PASS : Verdicts.FAIL) : null;
    }
}
