package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Part;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import static org.inspectorbench.scoring.Findings.c;
import static org.inspectorbench.scoring.Findings.county;
import static org.inspectorbench.scoring.Findings.department;
import static org.inspectorbench.scoring.Findings.veto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Averages, verdicts, the bonus gate, tiers and vetoes (rubric-notes.md, Verdicts and totals). */
class UnitTotalsTest extends ScoringTestSupport {

    private static final String WEB_FILLER = "政府网站/其他/调整";
    private static final String MEDIA_FILLER = "政务新媒体/其他/调整";
    private static final String DAILY_FILLER = "日常工作/调整";
    private static final String BONUS_FILLER = "加分指标/其他/调整";

    /** Findings on the 调整 items that lose (or earn) {@code points} in whole points and cents. */
    private static FindingInput[] filler(String path, BigDecimal points) {
        int whole = points.intValue();
        int cents = points.subtract(BigDecimal.valueOf(whole)).movePointRight(2).intValueExact();
        List<FindingInput> fs = new ArrayList<>();
        if (whole > 0) {
            fs.add(c(path, "1", whole));
        }
        if (cents > 0) {
            fs.add(c(path, "2", cents));
        }
        return fs.toArray(FindingInput[]::new);
    }

    /** A 县市区 whose total is exactly {@code total}, starting from 100 with no findings. */
    private static Findings.Unit unitWithTotal(String total) {
        BigDecimal t = new BigDecimal(total);
        Findings.Unit unit = county("涪城区");
        if (t.compareTo(BigDecimal.valueOf(100)) >= 0) {
            return unit.unit(filler(BONUS_FILLER, t.subtract(BigDecimal.valueOf(100))));
        }
        BigDecimal lost = BigDecimal.valueOf(100).subtract(t);
        BigDecimal daily = lost.min(new BigDecimal("17.99"));
        BigDecimal cents = lost.subtract(BigDecimal.valueOf(lost.intValue()));
        if (daily.subtract(BigDecimal.valueOf(daily.intValue())).compareTo(cents) != 0) {
            daily = BigDecimal.valueOf(Math.min(17, lost.intValue())).add(cents);
        }
        BigDecimal rest = lost.subtract(daily);
        BigDecimal web = rest.min(BigDecimal.valueOf(26));
        BigDecimal media = rest.subtract(web);
        unit.unit(filler(DAILY_FILLER, daily));
        unit.site("涪城区人民政府", filler(WEB_FILLER, web));
        return unit.media(filler(MEDIA_FILLER, media));
    }

    @ParameterizedTest(name = "total {0} -> {1} {2}%")
    @CsvSource({
            "110, 第一等次, 100", "109.99, 第二等次, 100", "90, 第二等次, 100",
            "89.99, 第三等次, 95", "70, 第三等次, 95", "69.99, 第四等次, 90", "60, 第四等次, 90",
            "59.99, 不合格, 85", "40, 不合格, 85"})
    void tierBoundariesAreHalfOpen(String total, String tier, String percent) {
        UnitResult r = score(unitWithTotal(total));
        assertPoints(total, r.total());
        assertEquals(tier, r.tier());
        assertPoints(percent, r.performancePercent());
        assertFalse(r.vetoed());
    }

    @Test
    void everyBonusEarnedGives130() {
        UnitResult r = score(county("涪城区").unit(filler(BONUS_FILLER, BigDecimal.valueOf(11)))
                .unit(c("加分指标/创新发展", "1a"), c("加分指标/工作保障/信息采用", "1a", 3),
                        Findings.v("加分指标/政务新媒体传播力/粉丝量", "1", "250000"),
                        Findings.v("加分指标/信息发布/数据发布", "1", "2022-11-01"),
                        Findings.v("加分指标/互动交流/实时互动", "1", "2022-11-04/2022-11-07")));
        assertPoints("30", r.bonusEarned());
        assertPoints("130", r.total());
        assertEquals("第一等次", r.tier());
    }

    @Test
    void websiteAverageRoundsHalfUpToTwoDecimals() {
        // 34.98 and 34.99 average to 34.985: half-up gives 34.99 (half-even would give 34.98).
        UnitResult two = score(department("市发展改革委")
                .site("绵阳市发展和改革委员会", filler(WEB_FILLER, new BigDecimal("0.02")))
                .site("信用中国(四川绵阳)", filler(WEB_FILLER, new BigDecimal("0.01"))));
        PartResult web = two.partOfScope(Part.Scope.WEBSITE).orElseThrow();
        assertPoints("34.99", web.score());
        assertEquals(List.of("34.98", "34.99"), web.sites().stream().map(s -> Points.format(s.score())).toList());
        assertPoints("99.99", two.total());
    }

    @Test
    void threeWebsitesAverage() {
        // 市人力资源社会保障局 = its site + 社会保险事务中心 + 就业创业促进中心: (34 + 35 + 34.99) / 3 = 34.6633...
        UnitResult r = score(department("市人力资源社会保障局")
                .site("绵阳市人力资源和社会保障局", c(WEB_FILLER, "1"))
                .site("绵阳市社会保险事务中心")
                .site("绵阳市就业创业促进中心", c(WEB_FILLER, "2")));
        PartResult web = r.partOfScope(Part.Scope.WEBSITE).orElseThrow();
        assertPoints("34.66", web.score());
        assertEquals(3, web.sites().size());
        assertPoints("99.66", r.total());
        assertEquals(3 * 7, r.items().stream().filter(i -> i.site() != null).count(), "website items once per site");
        // (33 + 34 + 34) / 3 = 33.666... -> 33.67
        UnitResult up = score(department("市人力资源社会保障局")
                .site("绵阳市人力资源和社会保障局", c(WEB_FILLER, "1", 2))
                .site("绵阳市社会保险事务中心", c(WEB_FILLER, "1"))
                .site("绵阳市就业创业促进中心", c(WEB_FILLER, "1")));
        assertPoints("33.67", up.partOfScope(Part.Scope.WEBSITE).orElseThrow().score());
    }

    @Test
    void websiteBelow21FailsButDoesNotChangeTheTier() {
        UnitResult low = score(county("涪城区").site("涪城区人民政府", filler(WEB_FILLER, new BigDecimal("14.01"))));
        PartResult web = low.partOfScope(Part.Scope.WEBSITE).orElseThrow();
        assertPoints("20.99", web.score());
        assertEquals(Verdicts.FAIL, web.verdict());
        assertEquals(List.of("得分 20.99 低于 21"), web.reasons());
        assertFalse(web.sites().get(0).pass());
        assertPoints("85.99", low.total());
        assertEquals("第三等次", low.tier());
        assertFalse(low.vetoed());

        UnitResult ok = score(county("涪城区").site("涪城区人民政府", filler(WEB_FILLER, new BigDecimal("14"))));
        assertEquals(Verdicts.PASS, ok.partOfScope(Part.Scope.WEBSITE).orElseThrow().verdict());
        assertEquals(List.of(), ok.partOfScope(Part.Scope.WEBSITE).orElseThrow().reasons());
    }

    @Test
    void newMediaBelow12Fails() {
        PartResult low = score(county("涪城区").media(filler(MEDIA_FILLER, new BigDecimal("8.01"))))
                .partOfScope(Part.Scope.NEW_MEDIA).orElseThrow();
        assertPoints("11.99", low.score());
        assertFalse(low.pass());
        PartResult ok = score(county("涪城区").media(filler(MEDIA_FILLER, new BigDecimal("8"))))
                .partOfScope(Part.Scope.NEW_MEDIA).orElseThrow();
        assertTrue(ok.pass());
    }

    @Test
    void averageOfTwoSitesDecidesThePartVerdictEachSiteHasItsOwn() {
        UnitResult r = score(department("市政务服务监管局")
                .site("绵阳市政务服务监督管理局", filler(WEB_FILLER, new BigDecimal("15")))
                .site("绵阳市公共资源交易服务中心", filler(WEB_FILLER, new BigDecimal("13"))));
        PartResult web = r.partOfScope(Part.Scope.WEBSITE).orElseThrow();
        assertPoints("21", web.score());
        assertTrue(web.pass());
        assertFalse(web.sites().get(0).pass());
        assertTrue(web.sites().get(1).pass());
    }

    @Test
    void websiteVetoFailsTheWebsiteAndTheUnitWhateverTheScore() {
        UnitResult r = score(county("涪城区").site("涪城区人民政府", List.of(veto("政府网站/首页不更新"))));
        PartResult web = r.partOfScope(Part.Scope.WEBSITE).orElseThrow();
        assertPoints("35", web.score());
        assertEquals(Verdicts.FAIL, web.verdict());
        assertEquals(List.of("政府网站/首页不更新"), web.reasons());
        assertPoints("100", r.total());
        assertTrue(r.vetoed());
        assertEquals("不合格", r.tier());
        assertPoints("85", r.performancePercent());
    }

    @Test
    void vetoOnOneOfSeveralWebsitesIsAVetoForTheUnit() {
        UnitResult r = score(department("市发展改革委")
                .site("绵阳市发展和改革委员会")
                .site("信用中国(四川绵阳)", List.of(veto("政府网站/首页不更新"))));
        assertEquals(List.of("政府网站/首页不更新(信用中国(四川绵阳))"), r.vetoReasons());
        assertEquals("不合格", r.tier());
        PartResult web = r.partOfScope(Part.Scope.WEBSITE).orElseThrow();
        assertTrue(web.sites().get(0).pass());
        assertFalse(web.sites().get(1).pass());
    }

    @Test
    void newMediaVeto() {
        UnitResult r = score(county("涪城区").mediaVeto("政务新媒体/内容不更新"));
        PartResult media = r.partOfScope(Part.Scope.NEW_MEDIA).orElseThrow();
        assertPoints("20", media.score());
        assertEquals(Verdicts.FAIL, media.verdict());
        assertEquals(List.of("政务新媒体/内容不更新"), media.reasons());
        assertEquals(Verdicts.PASS, r.partOfScope(Part.Scope.WEBSITE).orElseThrow().verdict());
        assertEquals("不合格", r.tier());
    }

    @Test
    void bonusCountsFrom44Inclusive() {
        String adopted = "加分指标/工作保障/信息采用";
        // 政府网站 24 + 政务新媒体 20 = 44: the bonus counts.
        UnitResult at = score(county("涪城区").site("涪城区人民政府", filler(WEB_FILLER, BigDecimal.valueOf(11)))
                .unit(c(adopted, "1a")));
        assertTrue(at.bonusCounted());
        assertNull(at.bonusNote());
        assertPoints("2", at.countedParts().get("加分指标"));
        assertPoints("91", at.total());
        // 23.99 + 20 = 43.99: recorded, not counted, and the scorecard says why.
        UnitResult below = score(county("涪城区").site("涪城区人民政府", filler(WEB_FILLER, new BigDecimal("11.01")))
                .unit(c(adopted, "1a")));
        assertFalse(below.bonusCounted());
        assertPoints("2", below.bonusEarned());
        assertPoints("0", below.countedParts().get("加分指标"));
        assertPoints("88.99", below.total());
        assertEquals("加分未计入: 第二部分 43.99 < 44", below.bonusNote());
        assertEquals("第三等次", below.tier());
    }

    @Test
    void gateUsesTheWebsiteAverageNotASingleSite() {
        UnitResult r = score(department("市发展改革委")
                .site("绵阳市发展和改革委员会", filler(WEB_FILLER, new BigDecimal("12")))
                .site("信用中国(四川绵阳)", filler(WEB_FILLER, new BigDecimal("10")))
                .media(filler(MEDIA_FILLER, BigDecimal.ZERO))
                .unit(c("加分指标/工作保障/信息采用", "1b")));
        assertPoints("24", r.partOfScope(Part.Scope.WEBSITE).orElseThrow().score());
        assertTrue(r.bonusCounted());
    }

    @Test
    void partsMapUsesTheRubricsPartNamesInOrder() {
        UnitResult r = score(county("涪城区"));
        assertEquals(List.of("政务公开", "政府网站", "政务新媒体", "日常工作", "加分指标"), List.copyOf(r.countedParts().keySet()));
    }
}
