package org.inspectorbench.report;

import org.inspectorbench.rubric.Tier;
import org.inspectorbench.scoring.UnitResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RankingTest {

    private static final List<Tier> TIERS = List.of(
            new Tier("第一等次", new BigDecimal("110"), new BigDecimal("100"), false),
            new Tier("第二等次", new BigDecimal("90"), new BigDecimal("100"), false),
            new Tier("第三等次", new BigDecimal("70"), new BigDecimal("95"), false),
            new Tier("不合格", null, new BigDecimal("85"), true));

    private static UnitResult unit(String name, String kind, String total, String tier, boolean vetoed) {
        return new UnitResult(name, kind, new BigDecimal(total), tier, BigDecimal.ZERO, vetoed, List.of(), List.of(),
                BigDecimal.ZERO, true, null, List.of());
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<Ranking.Entry> ranked = Ranking.of(List.of(
                unit("甲", "县市区", "95", "第二等次", false),
                unit("乙", "县市区", "112", "第一等次", false),
                unit("丙", "市级部门", "95.00", "第二等次", false),
                unit("丁", "市级部门", "94.995", "第二等次", false),
                unit("戊", "园区", "80", "第三等次", false)), TIERS);
        assertEquals(List.of("乙", "甲", "丙", "丁", "戊"), ranked.stream().map(e -> e.result().unit()).toList());
        // 94.995 rounds half-up to 95.00, the total tiers are decided on: a tie with 甲 and 丙.
        assertEquals(List.of(1, 2, 2, 2, 5), ranked.stream().map(Ranking.Entry::rank).toList());
        assertEquals(List.of(1, 2, 1, 1, 1), ranked.stream().map(Ranking.Entry::rankInKind).toList());
    }

    @Test
    void aVetoedUnitRanksBelowEveryPassingUnitWhateverItsPoints() {
        List<Ranking.Entry> ranked = Ranking.of(List.of(
                unit("甲", "县市区", "118", "不合格", true),
                unit("乙", "县市区", "72", "第三等次", false),
                unit("丙", "县市区", "55", "不合格", false)), TIERS);
        assertEquals(List.of("乙", "甲", "丙"), ranked.stream().map(e -> e.result().unit()).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(Ranking.Entry::rank).toList());
    }

    @Test
    void tierCountsListEveryTierInRubricOrder() {
        Map<String, Integer> counts = Ranking.tierCounts(List.of(
                unit("甲", "县市区", "95", "第二等次", false),
                unit("乙", "县市区", "91", "第二等次", false),
                unit("丙", "县市区", "50", "不合格", true)), TIERS);
        assertEquals(List.of("第一等次", "第二等次", "第三等次", "不合格"), List.copyOf(counts.keySet()));
        assertEquals(List.of(0, 2, 0, 1), List.copyOf(counts.values()));
    }
}
