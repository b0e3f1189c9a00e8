package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole points rubric as read from its JSON file (docs/rubric-format.md). Nothing of a
 * particular city's or year's rubric lives in Java: another rubric is another file.
 *
 * @param id          stable identifier, e.g. "mianyang-2022"
 * @param title       the document's title
 * @param source      where the text comes from (document name and number)
 * @param total       the maximum of all parts together (130 for Mianyang 2022)
 * @param unitKinds   the kinds of unit the rubric knows (县市区, 园区, 市级部门)
 * @param parts       the scored parts, in the order of the document
 * @param vetoes      the 单项否决 conditions
 * @param verdicts    pass marks of the parts that get their own verdict (政府网站 21, 政务新媒体 12)
 * @param bonusGate   the gate a unit must pass for its bonus part to count
 * @param tiers       等次, highest first, with their 绩效 percentages
 */
public record Rubric(
        String id,
        String title,
        String source,
        BigDecimal total,
        List<String> unitKinds,
        List<Part> parts,
        List<Veto> vetoes,
        List<Verdict> verdicts,
        BonusGate bonusGate,
        List<Tier> tiers) {
}
