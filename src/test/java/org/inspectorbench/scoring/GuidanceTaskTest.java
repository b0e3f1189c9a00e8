package org.inspectorbench.scoring;

import org.junit.jupiter.api.Test;

import static org.inspectorbench.scoring.Findings.c;
import static org.inspectorbench.scoring.ScoringTestSupport.assertPoints;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 政务公开/深化… rule 4 "承担督促指导的市级部门未开展督促检查相关工作的,扣1分" concerns only the 市级部门
 * that carry the 督促指导 tag (the same tag that makes 附件4 #20 due): the rubric knows the tag, the
 * rule counts for such a department and counts nothing, saying why, for any other unit (as a finding
 * on an item 不检查 for the unit).
 */
class GuidanceTaskTest {

    private static final String ITEM = "政务公开/深化政务公开促进基层政府治理能力提升工作";

    @Test
    void aDepartmentWithAGuidanceTaskLosesThePointForNoSupervision() {
        ScoreOutcome o = Mianyang2022Test.ENGINE.score(Findings.department("市民政局").tag("督促指导")
                .unit(c(ITEM, "4")).input());
        assertTrue(o.ok(), () -> o.problems().toString());
        assertPoints("4", o.units().get(0).item(ITEM, null).orElseThrow().score());
    }

    @Test
    void forAnyOtherUnitTheRuleCountsNothingAndSaysWhy() {
        for (Findings.Unit u : java.util.List.of(Findings.department("市发展改革委"),
                Findings.county("涪城区").tag("督促指导"))) {
            ScoreOutcome o = Mianyang2022Test.ENGINE.score(u.unit(c(ITEM, "4")).input());
            assertTrue(o.ok(), () -> o.problems().toString());
            ItemResult item = o.units().get(0).item(ITEM, null).orElseThrow();
            assertPoints("5", item.score());
            assertTrue(item.explanation().contains("不适用于本单位"), item.explanation());
        }
        ScoreOutcome other = Mianyang2022Test.ENGINE.score(Findings.county("涪城区").unit(c(ITEM, "1", 2)).input());
        // The item's other rules concern every unit.
        assertPoints("4", other.units().get(0).item(ITEM, null).orElseThrow().score());
    }
}
