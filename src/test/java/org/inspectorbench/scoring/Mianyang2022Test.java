package org.inspectorbench.scoring;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.RubricParser;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.inspectorbench.scoring.Findings.c;
import static org.inspectorbench.scoring.Findings.v;
import static org.inspectorbench.scoring.Findings.veto;
import static org.inspectorbench.scoring.ScoringTestSupport.assertPoints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Cases worked by hand from the seed text (mianyang-2022-inspection-rules.txt) and rubric-notes.md,
 * scored by the real 2022 rubric file and the real 2022 working-day calendar.
 */
class Mianyang2022Test {

    static final ScoringEngine ENGINE = engine();

    private static ScoringEngine engine() {
        try {
            return new ScoringEngine(RubricParser.parse(Files.readString(Path.of("sample-data/rubrics/mianyang-2022.json"))),
                    CalendarLoader.bundled());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static UnitResult score(Findings.Unit unit) {
        ScoreOutcome o = ENGINE.score(unit.input());
        assertTrue(o.ok(), () -> o.problems().toString());
        return o.units().get(0);
    }

    private static ItemResult item(UnitResult r, String path, String site) {
        return r.item(path, site).orElseThrow(() -> new AssertionError("no " + path + " @ " + site));
    }

    private static PartResult part(UnitResult r, String name) {
        return r.part(name).orElseThrow();
    }

    @Test
    void noFindingsScore100OfWhichNoBonus() {
        UnitResult r = score(Findings.county("涪城区"));
        assertPoints("100", r.total());
        assertEquals("第二等次", r.tier());
        assertEquals(List.of("政务公开", "政府网站", "政务新媒体", "日常工作", "加分指标"), List.copyOf(r.countedParts().keySet()));
    }

    /**
     * 涪城区 (县市区), one website:
     * 政务公开 15 - 0.8 (重大决策公开 4 处 x 0.2) - 0.5 (深化 1 种情况) = 13.7;
     * 政府网站 35 - 3 (动态要闻 last updated 11-01, more than 2 weeks) - 1 (可用性 3 x 0.2 + 5 x 0.1 = 1.1, 扣完为止)
     * - 0.5 (办事统计 updated 09-30: older than 1 month, within 3) - 2 (办理答复: 09-29 -> 10-10 is 4 working
     * days over National Day with the make-up 10-08 and 10-09; 11-01 -> 11-09 is 6: 扣2分) - 0.2 (IPv6 96%)
     * = 28.3; 政务新媒体 20 - 1.2 (12 typos) - 0.4 (2 reposts missing) = 18.4; 日常工作 30 - 1 (红头文件清理
     * exactly 50%: 未过半) - 0 (推送对接 85%) - 3 (市上通报) = 26; 加分 2 (粉丝 16万) + 4 (省 1 + 市 2 采用) + 1
     * (数据发布 updated 07-15: 3—6个月内) + 2 (创新发展 3 肯定, 原则上不超过2分) = 9; gate 28.3 + 18.4 = 46.7 >= 44.
     * Total 13.7 + 28.3 + 18.4 + 26 + 9 = 95.4: 第二等次, 绩效 100%.
     */
    @Test
    void fuchengDistrict() {
        String site = "涪城区人民政府";
        UnitResult r = score(Findings.county("涪城区")
                .unit(c("政务公开/重大决策公开", "1", 4), c("政务公开/深化政务公开促进基层政府治理能力提升工作", "1"),
                        v("日常工作/红头文件清理", "1", "50%"), v("日常工作/政策文件推送对接", "1", "0.85"),
                        c("日常工作/省市通报", "1b"),
                        v("加分指标/政务新媒体传播力/粉丝量", "1", "160000"),
                        c("加分指标/工作保障/信息采用", "1a"), c("加分指标/工作保障/信息采用", "1b", 2),
                        v("加分指标/信息发布/数据发布", "1", "2022-07-15"), c("加分指标/创新发展", "1b", 3))
                .site(site, v("政府网站/信息公开/动态要闻", "2", "2022-11-01"),
                        c("政府网站/功能设计/可用性", "1", 3), c("政府网站/功能设计/可用性", "2", 5),
                        v("政府网站/办事服务/办事统计", "2", "2022-09-30"),
                        v("政府网站/互动交流/办理答复", "1", "2022-09-29/2022-10-10"),
                        v("政府网站/互动交流/办理答复", "1", "2022-11-01/2022-11-09"),
                        v("政府网站/功能设计/IPv6改造", "1b", "96%"))
                .media(c("政务新媒体/发布审核/文字错漏", "1", 12), c("政务新媒体/信息转载/重要信息转载", "1", 2)));
        assertPoints("13.7", part(r, "政务公开").score());
        assertPoints("28.3", part(r, "政府网站").score());
        assertPoints("18.4", part(r, "政务新媒体").score());
        assertPoints("26", part(r, "日常工作").score());
        assertPoints("9", part(r, "加分指标").score());
        assertTrue(r.bonusCounted());
        assertPoints("95.4", r.total());
        assertEquals("第二等次", r.tier());
        assertPoints("100", r.performancePercent());

        ItemResult answers = item(r, "政府网站/互动交流/办理答复", site);
        assertPoints("0", answers.score());
        assertTrue(answers.explanation().contains("用时 4 个工作日"), answers.explanation());
        assertTrue(answers.explanation().contains("用时 6 个工作日, 未在5个工作日内答复"), answers.explanation());
        ItemResult usability = item(r, "政府网站/功能设计/可用性", site);
        assertPoints("1.1", usability.sum());
        assertTrue(usability.explanation().contains("扣完为止"), usability.explanation());
        assertTrue(item(r, "日常工作/红头文件清理", null).explanation().contains("清理未过半"));
        assertTrue(item(r, "加分指标/创新发展", null).explanation().contains("本条最多得 2 分"));
    }

    /**
     * 市人力资源社会保障局 (市级部门) = its site + 社会保险事务中心 + 就业创业促进中心 (rubric-notes roll-up):
     * site 1: 概况信息 is 不检查 for 市级部门 (the finding is ignored), 机构职能 3 x 0.5 capped at 1 -> 34;
     * site 2: 政策文件 2 columns not updated -> 33; site 3: 留言公开 updated 09-20 (2个月内未更新) -2, 站内搜索
     * 4 x 0.2 + 0.5 = 1.3 capped at 1, 网站标识 1 x 0.2 -> 31.8. Average 98.8 / 3 = 32.9333 -> 32.93.
     * Bonus 2 counts (32.93 + 20 >= 44). Total 15 + 32.93 + 20 + 30 + 2 = 99.93, but the 内容不更新 veto of its
     * new media makes the unit 不合格 (85%) whatever the score.
     */
    @Test
    void humanResourcesBureauThreeWebsitesAndANewMediaVeto() {
        String s1 = "绵阳市人力资源和社会保障局";
        String s2 = "绵阳市社会保险事务中心";
        String s3 = "绵阳市就业创业促进中心";
        UnitResult r = score(Findings.department("市人力资源社会保障局")
                .unit(c("加分指标/工作保障/信息采用", "1a"))
                .site(s1, c("政府网站/信息公开/概况信息", "1"), c("政府网站/信息公开/机构职能", "2", 3))
                .site(s2, c("政府网站/发布解读/政策文件", "2", 2))
                .site(s3, v("政府网站/互动交流/留言公开", "3", "2022-09-20"), c("政府网站/功能设计/站内搜索", "2", 4),
                        c("政府网站/功能设计/站内搜索", "3"), c("政府网站/功能设计/网站标识", "1"))
                .mediaVeto("政务新媒体/内容不更新"));
        PartResult web = part(r, "政府网站");
        assertEquals(List.of("34", "33", "31.8"), web.sites().stream().map(s -> Points.format(s.score())).toList());
        assertPoints("32.93", web.score());
        assertTrue(web.pass());
        ItemResult overview = item(r, "政府网站/信息公开/概况信息", s1);
        assertFalse(overview.applicable());
        assertPoints("1", overview.score());
        assertFalse(item(r, "政府网站/互动交流/统一登录", s2).applicable());
        assertPoints("99.93", r.total());
        assertTrue(r.vetoed());
        assertEquals(List.of("政务新媒体/内容不更新"), r.vetoReasons());
        assertEquals("不合格", r.tier());
        assertPoints("85", r.performancePercent());
        assertEquals(Verdicts.FAIL, part(r, "政务新媒体").verdict());
    }

    /**
     * 高新区 (园区): 政府网站 35 - 3 (未开设动态要闻) - 3 (未开设政策文件) - 3 (未开设政策解读) - 1 (事项公开) - 0.5
     * (one browser) = 24.5; 政务新媒体 20 - 1 (漏报 one account) = 19; 24.5 + 19 = 43.5 < 44: the 4 bonus points
     * (省政府门户网站 2 条) are recorded but not counted. Total 15 + 24.5 + 19 + 30 = 88.5: 第三等次, 95%.
     */
    @Test
    void highTechZoneMissesTheBonusGate() {
        UnitResult r = score(new Findings.Unit("高新区", "园区")
                .unit(c("加分指标/工作保障/信息采用", "1a", 2))
                .site("绵阳高新技术产业开发区", c("政府网站/信息公开/动态要闻", "1"), c("政府网站/发布解读/政策文件", "1"),
                        c("政府网站/发布解读/政策解读", "1"), c("政府网站/办事服务/事项公开", "1"),
                        c("政府网站/功能设计/兼容性", "1"))
                .media(c("政务新媒体/账号开设/系统填报", "1")));
        assertPoints("24.5", part(r, "政府网站").score());
        assertPoints("19", part(r, "政务新媒体").score());
        assertFalse(r.bonusCounted());
        assertPoints("4", r.bonusEarned());
        assertPoints("0", r.countedParts().get("加分指标"));
        assertEquals("加分未计入: 第二部分 43.5 < 44", r.bonusNote());
        assertPoints("88.5", r.total());
        assertEquals("第三等次", r.tier());
        assertPoints("95", r.performancePercent());
    }

    /**
     * 市外事办 (市级部门, no public services): website 35 - 16 = 19 < 21 is 不合格 as a website, but without a
     * veto the unit's tier follows its total 15 + 19 + 20 + 30 = 84: 第三等次. Its 服务不实用 veto is 不检查.
     */
    @Test
    void foreignAffairsOfficeWebsiteBelow21WithoutVeto() {
        Findings.Unit unit = Findings.department("市外事办").tag("无对外服务职能")
                .site("绵阳市外事办公室", c("政府网站/信息公开/动态要闻", "1"), c("政府网站/发布解读/政策文件", "1"),
                        c("政府网站/发布解读/政策解读", "1"), c("政府网站/发布解读/解读比例", "1", 4),
                        c("政府网站/发布解读/其他栏目", "1"), c("政府网站/互动交流/信息提交", "1"),
                        c("政府网站/功能设计/一号登录", "1"), c("政府网站/功能设计/域名名称", "1"),
                        c("政府网站/功能设计/“我为政府网站找错”", "1"));
        UnitResult r = score(unit);
        PartResult web = part(r, "政府网站");
        assertPoints("19", web.score());
        assertEquals(Verdicts.FAIL, web.verdict());
        assertEquals(List.of("得分 19 低于 21"), web.reasons());
        assertFalse(r.vetoed());
        assertPoints("84", r.total());
        assertEquals("第三等次", r.tier());
        // 19 + 20 < 44: the unit does not enter the 加分环节 even with nothing earned, and the scorecard says so.
        assertFalse(r.bonusCounted());
        assertEquals("加分未计入: 第二部分 39 < 44", r.bonusNote());

        ScoreOutcome exempt = ENGINE.score(unit.site("绵阳市外事办公室x", List.of(veto("政府网站/服务不实用"))).input());
        assertFalse(exempt.ok());
        assertTrue(exempt.problems().get(0).message().contains("不适用"), exempt.problems().toString());
    }

    @Test
    void websiteVetoOnTheRealRubric() {
        UnitResult r = score(Findings.county("江油市").site("江油市人民政府",
                List.of(new VetoInput("政府网站/安全、泄密事故等严重问题", "5", "伪造发稿日期"))));
        assertEquals(List.of("政府网站/安全、泄密事故等严重问题"), part(r, "政府网站").reasons());
        assertPoints("100", r.total());
        assertEquals("不合格", r.tier());
    }

    @Test
    void everyItemOfTheRubricCanBeScoredAndExplained() {
        UnitResult r = score(Findings.county("涪城区"));
        assertEquals(ENGINE.index().items().stream().filter(i -> i.part().scope() != Part.Scope.WEBSITE).count()
                + ENGINE.index().items().stream().filter(i -> i.part().scope() == Part.Scope.WEBSITE).count(), r.items().size());
        r.items().forEach(i -> assertFalse(i.explanation().isBlank(), i.item()));
    }

    /** Random edit sequences on the real rubric: the session agrees with a full re-score. */
    @Property(tries = 8)
    void incrementalEqualsFullRescoreOnTheRealRubric(@ForAll long seed) {
        UnitScorerTest.check(ENGINE, seed, 30);
    }
}
