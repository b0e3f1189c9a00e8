package org.inspectorbench.report.xlsx;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.scoring.UnitResult;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LeagueRankingTest {

    private static final Rubric RUBRIC = new Rubric("r", "t", "s", new BigDecimal("130"), List.of(), List.of(), List.of(),
            List.of(), null, List.of(
            new Tier("第一等次", new BigDecimal("110"), new BigDecimal("100"), false),
            new Tier("第二等次", new BigDecimal("90"), new BigDecimal("100"), false),
            new Tier("不合格", null, new BigDecimal("85"), true)));

    private static UnitResult unit(String name, String total, String tier) {
        return new UnitResult(name, "县市区", new BigDecimal(total), tier, BigDecimal.TEN, tier.equals("不合格"), List.of(),
                List.of(), BigDecimal.ZERO, true, null, List.of());
    }

    @Test
    void tiesShareARankAndTheNextRankSkips() {
        List<LeagueRanking.Ranked> ranked = LeagueRanking.rank(RUBRIC, List.of(
                unit("丁", "95", "第二等次"), unit("甲", "112", "第一等次"), unit("乙", "95.00", "第二等次"),
                unit("丙", "95", "第二等次"), unit("戊", "94.99", "第二等次")));
        assertEquals(List.of("甲", "丁", "乙", "丙", "戊"), ranked.stream().map(r -> r.unit().unit()).toList());
        assertEquals(List.of(1, 2, 2, 2, 5), ranked.stream().map(LeagueRanking.Ranked::rank).toList());
    }

    @Test
    void aVetoedUnitRanksBelowEveryUnitOfABetterTierWhateverItsTotal() {
        List<LeagueRanking.Ranked> ranked = LeagueRanking.rank(RUBRIC, List.of(
                unit("否决", "120", "不合格"), unit("低分", "91", "第二等次"), unit("不合格", "50", "不合格")));
        assertEquals(List.of("低分", "否决", "不合格"), ranked.stream().map(r -> r.unit().unit()).toList());
        assertEquals(List.of(1, 2, 3), ranked.stream().map(LeagueRanking.Ranked::rank).toList());
    }
}
