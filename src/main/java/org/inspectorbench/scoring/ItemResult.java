package org.inspectorbench.scoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * The score of one item (二级指标) for one unit, or for one website of the unit.
 *
 * @param item        the item's name path ("政府网站/功能设计/可用性")
 * @param site        the website, for items of a per-website part; else null
 * @param label       the item's short name for a UI line ("可用性"): its last path segment
 * @param max         the item's maximum (分值)
 * @param score       its score: max minus capped deductions, or capped awards for a bonus item
 * @param applicable  false for an item "不检查" for this unit: it then scores its full points
 * @param bonus       true for an item that awards points
 * @param rules       the rules that have findings, in the rubric's order
 * @param sum         the item's deductions (or awards) after the rule caps, before the item cap
 * @param capped      true when {@code sum} went past {@code max} ("扣完为止" / bonus cap)
 * @param explanation the whole reasoning in Chinese, for the scorecard
 */
public record ItemResult(
        String item,
        String site,
        String label,
        BigDecimal max,
        BigDecimal score,
        boolean applicable,
        boolean bonus,
        List<RuleOutcome> rules,
        BigDecimal sum,
        boolean capped,
        String explanation) {
}
