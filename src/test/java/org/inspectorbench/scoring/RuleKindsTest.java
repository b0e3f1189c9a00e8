package org.inspectorbench.scoring;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.inspectorbench.scoring.Findings.c;
import static org.inspectorbench.scoring.Findings.county;
import static org.inspectorbench.scoring.Findings.department;
import static org.inspectorbench.scoring.Findings.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per kind of rule of rubric-notes.md, on the 2022 rates the test rubric copies. */
class RuleKindsTest extends ScoringTestSupport {

    private static final String NEWS = "政府网站/信息公开/动态要闻";
    private static final String STATS = "政府网站/办事服务/办事统计";
    private static final String USABILITY = "政府网站/功能设计/可用性";

    @Test
    void untouchedDeductionItemKeepsItsPointsAndBonusItemHasNone() {
        UnitResult r = score(county("涪城区"));
        assertPoints("3", item(r, NEWS).score());
        assertPoints("0", item(r, "加分指标/信息发布/数据发布").score());
        assertPoints("100", r.total());
    }

    @Test
    void yesNoRuleDeductsOnceWhateverTheCount() {
        assertPoints("0", itemScore(county("涪城区").site("涪城区人民政府", c(NEWS, "1")), NEWS));
        // 未开设动态要闻类栏目 holds or not: recorded twice, or with count 3, it is still 3 points.
        assertPoints("0", itemScore(county("涪城区").site("涪城区人民政府", c(NEWS, "1", 3)), NEWS));
        // Two findings on the same yes/no rule (依申请公开 rule 2, 1 point): deducted once, 3 - 1.
        assertPoints("2", itemScore(county("涪城区").unit(c("政务公开/依申请公开", "2"), c("政务公开/依申请公开", "2")),
                "政务公开/依申请公开"));
        assertPoints("3", itemScore(county("涪城区").site("涪城区人民政府", c(NEWS, "1", 0)), NEWS));
    }

    @Test
    void countedRuleMultipliesAndFindingsOnOneRuleAddUp() {
        // 可用性 rule 1: 每发现一处, 扣0.2分; two findings of 2 and 1 links = 3 x 0.2.
        UnitResult r = score(county("涪城区").site("涪城区人民政府", c(USABILITY, "1", 2), c(USABILITY, "1")));
        assertPoints("0.4", item(r, USABILITY).score());
        assertPoints("34.4", r.partOfScope(org.inspectorbench.rubric.Part.Scope.WEBSITE).orElseThrow().score());
    }

    @Test
    void itemIsFlooredAtZero() {
        // 扣完为止: 6 x 0.2 = 1.2 > 1.
        ItemResult item = item(score(county("涪城区").site("涪城区人民政府", c(USABILITY, "1", 6))), USABILITY);
        assertPoints("0", item.score());
        assertPoints("1.2", item.sum());
        assertTrue(item.capped());
        assertTrue(item.explanation().contains("扣完为止"), item.explanation());
    }

    @Test
    void ruleCapAppliesBeforeTheItem() {
        // 机构职能 (市级部门): 信息不准确的, 每发现一处扣0.5分, 最多扣1分.
        ItemResult item = item(score(department("市财政局").site("绵阳市财政局", c("政府网站/信息公开/机构职能", "2", 5))),
                "政府网站/信息公开/机构职能");
        assertPoints("0", item.score());
        RuleOutcome rule = item.rules().get(0);
        assertPoints("2.5", rule.sum());
        assertPoints("1", rule.counted());
        assertTrue(rule.capped());
        assertFalse(item.capped(), "the rule cap, not the item, limited it");
    }

    @ParameterizedTest(name = "last update {0} -> 动态要闻 {1}")
    @CsvSource({
            "2022-11-25, 3",   // on the 监测时间点
            "2022-11-11, 3",   // exactly 14 days before: still 2周内
            "2022-11-10, 0",   // 15 days before: not updated within 2 weeks, 扣3分
            "2022-01-01, 0"})
    void dateRuleTwoWeeks(String lastUpdate, String expected) {
        assertPoints(expected, itemScore(county("涪城区").site("涪城区人民政府", v(NEWS, "2", lastUpdate)), NEWS));
    }

    @ParameterizedTest(name = "last update {0} -> 办事统计 {1}")
    @CsvSource({
            "2022-10-25, 1",    // exactly 1 calendar month back: within 1个月
            "2022-10-24, 0.5",  // 1个月内未更新
            "2022-08-25, 0.5",  // exactly 3 months back: within 3个月, only the 1-month tier
            "2022-08-24, 0"})   // 3个月内未更新: the first tier wins
    void dateRuleCalendarMonthsFirstTierWins(String lastUpdate, String expected) {
        assertPoints(expected, itemScore(county("涪城区").site("涪城区人民政府", v(STATS, "2", lastUpdate)), STATS));
    }

    @Test
    void monthsAreCalendarMonthsFromTheMonitoringDate() {
        // 监测时间点 2022-03-31: one month back is 2022-02-28 (no 31 February).
        FindingsInput in = new FindingsInput(java.time.LocalDate.of(2022, 3, 31), county("涪城区")
                .site("涪城区人民政府", v(STATS, "2", "2022-02-28")).input().units());
        assertPoints("1", item(ENGINE.score(in).units().get(0), STATS).score());
        FindingsInput older = new FindingsInput(java.time.LocalDate.of(2022, 3, 31), county("涪城区")
                .site("涪城区人民政府", v(STATS, "2", "2022-02-27")).input().units());
        assertPoints("0.5", item(ENGINE.score(older).units().get(0), STATS).score());
    }

    @ParameterizedTest(name = "清理完成 {0} -> {1}")
    @CsvSource({
            "1, 2", "0.8, 2", "80%, 2",       // at 80% nothing is lost: 低于80% is strict
            "0.79, 1.5", "79.5%, 1.5",        // 清理完成低于80%的扣0.5分
            "0.5, 1.5",                       // exactly half: 过半? rubric says 未过半 -> below 0.5 only
            "0.49, 1", "0.01, 1",             // 清理未过半的扣1分
            "0, 0", "0%, 0"})                 // 未开展清理的扣2分
    void fractionRule(String value, String expected) {
        assertPoints(expected, itemScore(county("涪城区").unit(v("日常工作/红头文件清理", "1", value)), "日常工作/红头文件清理"));
    }

    @ParameterizedTest(name = "粉丝 {0} -> {1}")
    @CsvSource({"250000, 3", "200001, 3", "200000, 2", "150001, 2", "150000, 1", "100001, 1", "100000, 0", "0, 0"})
    void numberRuleStrictlyAbove(String followers, String expected) {
        assertPoints(expected, itemScore(county("涪城区").unit(v("加分指标/政务新媒体传播力/粉丝量", "1", followers)),
                "加分指标/政务新媒体传播力/粉丝量"));
    }

    @ParameterizedTest(name = "asked/answered {0} -> 办理答复 {1}")
    @CsvSource({
            "2022-11-01/2022-11-08, 2",   // Tue -> next Tue: 5 working days, in time
            "2022-11-01/2022-11-09, 0",   // 6 working days: 扣2分
            "2022-09-30/2022-10-09, 2",   // National Day: only the make-up 10-08 and 10-09 count
            "2022-09-30/2022-10-14, 0",   // 2 make-up days + 5 = 7
            "2022-11-21/, 0"})            // never answered
    void workingDaysRule(String value, String expected) {
        String path = "政府网站/互动交流/办理答复";
        assertPoints(expected, itemScore(county("涪城区").site("涪城区人民政府", v(path, "1", value)), path));
    }

    @Test
    void twoSimulatedQuestionsAddUpThenTheItemCaps() {
        String path = "政府网站/互动交流/办理答复";
        ItemResult item = item(score(county("涪城区").site("涪城区人民政府",
                v(path, "1", "2022-11-01/2022-11-09"), v(path, "1", "2022-11-14/"))), path);
        assertPoints("4", item.sum());
        assertPoints("0", item.score());
        assertTrue(item.explanation().contains("6 个工作日"), item.explanation());
        assertTrue(item.explanation().contains("未答复"), item.explanation());
        assertTrue(item.explanation().contains("读法: 两次咨询各自计分"), item.explanation());
    }

    @Test
    void subRulesHaveTheirOwnRates() {
        // 省市通报: 省上通报 10 (1a) / 市上通报 3 (1b) / 整改不落实 3 (1c) / 未提交整改报告 1 (1d).
        String path = "日常工作/省市通报";
        assertPoints("6", itemScore(county("涪城区").unit(c(path, "1b"), c(path, "1d")), path));
        assertPoints("0", itemScore(county("涪城区").unit(c(path, "1a")), path));
        assertPoints("3", itemScore(county("涪城区").unit(c(path, "1d", 7)), path));
    }

    @Test
    void bonusItemAwardsAndCaps() {
        String path = "加分指标/工作保障/信息采用";
        // 省政府门户网站采用 每条加2分, 市政府门户网站采用 每条加1分; item max 5.
        assertPoints("3", itemScore(county("涪城区").unit(c(path, "1a"), c(path, "1b")), path));
        ItemResult capped = item(score(county("涪城区").unit(c(path, "1a", 2), c(path, "1b", 2))), path);
        assertPoints("5", capped.score());
        assertTrue(capped.explanation().contains("按分值计"), capped.explanation());
        // 创新发展 1b: 加1分, 原则上不超过2分 (rule cap).
        assertPoints("2", itemScore(county("涪城区").unit(c("加分指标/创新发展", "1b", 4)), "加分指标/创新发展"));
        assertPoints("6", itemScore(county("涪城区").unit(c("加分指标/创新发展", "1a"), c("加分指标/创新发展", "1b", 4)),
                "加分指标/创新发展"));
    }

    @ParameterizedTest(name = "数据发布 updated {0} -> {1}")
    @CsvSource({"2022-11-25, 2", "2022-08-25, 2", "2022-08-24, 1", "2022-05-25, 1", "2022-05-24, 0"})
    void bonusDateRuleWithin(String lastUpdate, String expected) {
        assertPoints(expected, itemScore(county("涪城区").unit(v("加分指标/信息发布/数据发布", "1", lastUpdate)),
                "加分指标/信息发布/数据发布"));
    }

    @Test
    void bonusWorkingDays() {
        String path = "加分指标/互动交流/实时互动";
        assertPoints("3", itemScore(county("涪城区").unit(v(path, "1", "2022-11-04/2022-11-07")), path)); // Fri -> Mon
        assertPoints("0", itemScore(county("涪城区").unit(v(path, "1", "2022-11-04/2022-11-08")), path));
    }

    @Test
    void notApplicableItemScoresFullPointsWithTheReason() {
        String path = "政府网站/信息公开/概况信息";
        UnitResult r = score(department("市财政局").site("绵阳市财政局", c(path, "1")));
        ItemResult item = item(r, path);
        assertFalse(item.applicable());
        assertPoints("1", item.score());
        assertTrue(item.explanation().startsWith("不适用: " + TestRubrics.REASON_DEPT), item.explanation());
        assertTrue(item.explanation().contains("已忽略 1 条记录"), item.explanation());
        // The same finding counts for a 县市区.
        assertPoints("0", itemScore(county("涪城区").site("涪城区人民政府", c(path, "1")), path));
    }
}
