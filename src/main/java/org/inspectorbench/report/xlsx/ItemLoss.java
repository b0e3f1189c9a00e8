package org.inspectorbench.report.xlsx;

import org.inspectorbench.scoring.FindingContribution;
import org.inspectorbench.scoring.ItemResult;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.RuleOutcome;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * What one item cost a unit (or earned it, for a bonus item), for the 扣分明细 cell. For an item
 * scored per website, it is the average over the unit's websites, as the part score is
 * (rubric-notes.md: a unit's 政府网站 score is the average of its websites).
 *
 * @param applicable false when the item is "不检查" for the unit
 * @param value      points lost (deduction item) or earned (bonus item); exact, shown with 2 decimals
 * @param comment    the rules with findings and the inspectors' notes, or null when there are none
 */
record ItemLoss(boolean applicable, boolean bonus, BigDecimal value, String comment) {

    static ItemLoss of(List<ItemResult> results, XlsxText t) {
        if (results.isEmpty() || results.stream().noneMatch(ItemResult::applicable)) {
            return new ItemLoss(false, !results.isEmpty() && results.get(0).bonus(), null, null);
        }
        boolean bonus = results.get(0).bonus();
        BigDecimal sum = BigDecimal.ZERO;
        StringBuilder comment = new StringBuilder();
        boolean capped = false;
        for (ItemResult r : results) {
            BigDecimal v = bonus ? r.score() : r.max().subtract(r.score());
            sum = sum.add(v);
            capped |= r.capped();
            if (r.rules().isEmpty()) {
                continue;
            }
            if (r.site() != null && results.size() > 1) {
                comment.append(t.get("deductions.site", r.site(), Points.format(v))).append('\n');
            }
            for (RuleOutcome o : r.rules()) {
                comment.append(t.get("deductions.rule", o.ruleId(), o.rule().text())).append('\n');
                for (FindingContribution f : o.findings()) {
                    String note = f.note() == null || f.note().isBlank() ? "" : t.get("deductions.note", f.note());
                    comment.append(t.get("deductions.finding", f.detail() == null ? "" : f.detail(), note)).append('\n');
                }
            }
        }
        if (results.size() > 1 && comment.length() > 0) {
            comment.append(t.get("deductions.average", results.size())).append('\n');
        }
        if (capped) {
            comment.append(t.get("deductions.capped")).append('\n');
        }
        BigDecimal value = results.size() == 1 ? sum
                : sum.divide(BigDecimal.valueOf(results.size()), 6, RoundingMode.HALF_UP).stripTrailingZeros();
        return new ItemLoss(true, bonus, value, comment.length() == 0 ? null : comment.toString().strip());
    }
}
