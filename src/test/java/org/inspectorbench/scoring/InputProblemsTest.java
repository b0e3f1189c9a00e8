package org.inspectorbench.scoring;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.inspectorbench.scoring.Findings.c;
import static org.inspectorbench.scoring.Findings.county;
import static org.inspectorbench.scoring.Findings.department;
import static org.inspectorbench.scoring.Findings.v;
import static org.inspectorbench.scoring.Findings.veto;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad findings become problems naming the JSON path and, for unknown names, the closest valid ones. */
class InputProblemsTest extends ScoringTestSupport {

    private static InputProblem only(Findings.Unit unit) {
        return only(unit.input());
    }

    private static InputProblem only(FindingsInput input) {
        ScoreOutcome o = ENGINE.score(input);
        assertFalse(o.ok());
        assertEquals(List.of(), o.units(), "no scorecards from partly wrong input");
        assertEquals(1, o.problems().size(), () -> o.problems().toString());
        return o.problems().get(0);
    }

    @Test
    void unknownItemSuggestsItemsOfTheSamePlace() {
        InputProblem p = only(county("涪城区").site("x", c("政府网站/信息公开/动态要问", "1")));
        assertEquals("units[0].websites[0].findings[0].item", p.path());
        assertEquals("政府网站/信息公开/动态要闻", p.suggestions().get(0));
        assertTrue(p.describe().contains("最接近的"), p.describe());
    }

    @Test
    void itemRecordedInTheWrongPlace() {
        InputProblem p = only(county("涪城区").media(c("政府网站/功能设计/可用性", "1")));
        assertEquals("units[0].newMedia.findings[0].item", p.path());
        assertTrue(p.message().contains("websites[].findings"), p.message());
    }

    @Test
    void ruleProblems() {
        assertEquals(List.of("1a", "1b", "1c"), only(county("涪城区").unit(c("日常工作/省市通报", "1"))).suggestions());
        assertEquals("units[0].findings[0].rule", only(county("涪城区").unit(c("日常工作/省市通报", null))).path());
    }

    @Test
    void countAndValueMustFitTheRuleKind() {
        assertEquals("units[0].findings[0].value", only(county("涪城区").unit(v("日常工作/省市通报", "1b", "2"))).path());
        assertEquals("units[0].findings[0].count", only(county("涪城区").unit(c("日常工作/省市通报", "1b", -1))).path());
        assertEquals("units[0].findings[0].count", only(county("涪城区").unit(c("日常工作/红头文件清理", "1", 1))).path());
        assertEquals("units[0].findings[0].value", only(county("涪城区").unit(v("日常工作/红头文件清理", "1", null))).path());
    }

    @Test
    void measuredValuesOfTheWrongType() {
        String news = "政府网站/信息公开/动态要闻";
        assertTrue(only(county("涪城区").site("x", v(news, "2", "2022/10/01"))).message().contains("ISO"));
        assertTrue(only(county("涪城区").site("x", v(news, "2", "2022-02-30"))).message().contains("不是有效日期"));
        assertTrue(only(county("涪城区").site("x", v(news, "2", "2022-11-26"))).message().contains("晚于监测时间点"));
        assertTrue(only(county("涪城区").unit(v("日常工作/红头文件清理", "1", "1.2"))).message().contains("0 到 1"));
        assertTrue(only(county("涪城区").unit(v("日常工作/红头文件清理", "1", "八成"))).message().contains("不是数"));
        assertTrue(only(county("涪城区").unit(v("加分指标/政务新媒体传播力/粉丝量", "1", "-3"))).message().contains("负数"));
        String answer = "政府网站/互动交流/办理答复";
        assertTrue(only(county("涪城区").site("x", v(answer, "1", "2022-11-01"))).message().contains("asked/answered"));
        assertTrue(only(county("涪城区").site("x", v(answer, "1", "2022-11-09/2022-11-01"))).message().contains("早于"));
        // The calendar knows only 2022: a missing year is an error, never a weekend-only guess.
        assertTrue(only(county("涪城区").site("x", v(answer, "1", "2022-12-28/2023-01-04"))).message().contains("2023"));
    }

    @Test
    void dateRulesNeedTheMonitoringDate() {
        FindingsInput in = new FindingsInput(null, county("涪城区").site("x", v("政府网站/信息公开/动态要闻", "2", "2022-10-01"))
                .input().units());
        assertTrue(only(in).message().contains("monitoringDate"));
    }

    @Test
    void unitProblems() {
        InputProblem kind = only(new Findings.Unit("涪城区", "县区"));
        assertEquals("units[0].kind", kind.path());
        assertEquals("县市区", kind.suggestions().get(0));
        InputProblem tag = only(department("市外事办").tag("无对外服务职"));
        assertEquals("units[0].tags[0]", tag.path());
        assertEquals(List.of("无对外服务职能"), tag.suggestions());
        InputProblem site = only(department("市发展改革委").site("a").site("a"));
        assertEquals("units[0].websites[1].site", site.path());
        InputProblem dup = only(new FindingsInput(LocalDate.of(2022, 11, 25),
                List.of(county("涪城区").build(), county("涪城区").build())));
        assertEquals("units[1].unit", dup.path());
    }

    @Test
    void vetoProblems() {
        InputProblem unknown = only(county("涪城区").site("x", List.of(veto("政府网站/首页不跟新"))));
        assertEquals("units[0].websites[0].vetoes[0].veto", unknown.path());
        assertEquals("政府网站/首页不更新", unknown.suggestions().get(0));
        InputProblem place = only(county("涪城区").mediaVeto("政府网站/首页不更新"));
        assertTrue(place.message().contains("websites[].vetoes"), place.message());
        InputProblem exempt = only(department("市外事办").tag("无对外服务职能")
                .site("x", List.of(veto("政府网站/服务不实用"))));
        assertTrue(exempt.message().contains("不适用"), exempt.message());
        InputProblem condition = only(county("涪城区").site("x", List.of(new VetoInput("政府网站/服务不实用", "7", null))));
        assertEquals("units[0].websites[0].vetoes[0].condition", condition.path());
    }

    @Test
    void everyProblemOfEveryUnitIsReported() {
        ScoreOutcome o = ENGINE.score(new FindingsInput(LocalDate.of(2022, 11, 25), List.of(
                county("涪城区").unit(c("日常工作/x", "1"), c("日常工作/省市通报", "9")).build(),
                new Findings.Unit("游仙区", "?").build())));
        assertEquals(List.of("units[0].findings[0].item", "units[0].findings[1].rule", "units[1].kind"),
                o.problems().stream().map(InputProblem::path).toList());
    }
}
