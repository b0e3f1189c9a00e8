package org.inspectorbench.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code inspector score} against the real 2022 rubric: the output contract and bad input. */
class ScoreCommandTest {

    static final String RUBRIC = "sample-data/rubrics/mianyang-2022.json";

    @TempDir
    Path dir;

    CliRun score(String findingsJson) throws IOException {
        return score(findingsJson, "json");
    }

    CliRun score(String findingsJson, String format) throws IOException {
        Path f = dir.resolve("f.json");
        Files.writeString(f, findingsJson);
        return CliRun.of("score", "--rubric", RUBRIC, "--findings", f.toString(), "--format", format);
    }

    static String unit(String body) {
        return "{\"monitoringDate\": \"2022-11-25\", \"units\": [" + body + "]}";
    }

    /** The example, with 重大领域公开's first rate as rule 1a (rubric-notes: one clause, two rates). */
    static final String CONTRACT_EXAMPLE = unit("""
            { "unit": "市人力资源社会保障局", "kind": "市级部门",
              "findings": [ {"item": "政务公开/重大领域公开", "rule": "1a", "count": 2} ],
              "websites": [ {"site": "绵阳市人力资源和社会保障局",
                             "findings": [ {"item": "政府网站/信息公开/动态要闻", "rule": "2", "value": "2022-10-01"} ],
                             "vetoes": [] } ],
              "newMedia": { "findings": [], "vetoes": [ {"veto": "政务新媒体/内容不更新"} ] } }""");

    @Test
    void contractExampleAsJson() throws IOException {
        CliRun run = score(CONTRACT_EXAMPLE);
        assertEquals(0, run.exit(), run.err());
        JsonNode u = Json.mapper().readTree(run.out()).get("units").get(0);
        assertEquals("市人力资源社会保障局", u.get("unit").asText());
        // 15 - 2 (two 领域 not published) + 35 - 3 (动态要闻 not updated within 2 weeks) + 20 + 30 + 0.
        assertEquals("95", u.get("total").asText());
        assertTrue(u.get("total").isNumber());
        assertEquals("不合格", u.get("tier").asText(), "the new-media veto makes the unit 不合格 whatever the score");
        assertEquals(85, u.get("performancePercent").asInt());
        assertEquals("[\"政务公开\",\"政府网站\",\"政务新媒体\",\"日常工作\",\"加分指标\"]",
                Json.mapper().writeValueAsString(Json.mapper().convertValue(u.get("parts").fieldNames(), java.util.List.class)));
        assertEquals(13, u.get("parts").get("政务公开").asInt());
        assertEquals(32, u.get("parts").get("政府网站").asInt());
        assertEquals("合格", u.get("website").get("verdict").asText());
        assertEquals("绵阳市人力资源和社会保障局", u.get("website").get("sites").get(0).get("site").asText());
        assertEquals("不合格", u.get("newMedia").get("verdict").asText());
        assertEquals("政务新媒体/内容不更新", u.get("newMedia").get("reasons").get(0).asText());
        assertTrue(u.get("bonusCounted").asBoolean());
        JsonNode news = null;
        for (JsonNode item : u.get("items")) {
            if (item.get("item").asText().equals("政府网站/信息公开/动态要闻")) {
                news = item;
            }
            assertTrue(item.has("explanation") && item.has("max") && item.has("applicable"));
        }
        assertEquals(0, news.get("score").asInt());
        assertEquals("绵阳市人力资源和社会保障局", news.get("site").asText());
        assertTrue(news.get("explanation").asText().contains("2022-10-01"));
    }

    @Test
    void textScorecard() throws IOException {
        CliRun run = score(CONTRACT_EXAMPLE, "text");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("【市人力资源社会保障局】市级部门"), run.out());
        assertTrue(run.out().contains("总分 95.00"), run.out());
        assertTrue(run.out().contains("单项否决: 政务新媒体/内容不更新"), run.out());
        assertTrue(run.out().contains("政府网站/信息公开/动态要闻"), run.out());
    }

    @Test
    void textScorecardOfSeveralWebsitesNamesThemAndSaysNotApplicableOnce() throws IOException {
        CliRun run = score(unit("""
                { "unit": "市人力资源社会保障局", "kind": "市级部门",
                  "websites": [ {"site": "站点甲", "findings": [ {"item": "政府网站/功能设计/可用性", "rule": "1"} ]},
                                {"site": "站点乙", "vetoes": [ {"veto": "政府网站/首页不更新"} ]} ],
                  "newMedia": { "findings": [ {"item": "政务新媒体/账号开设/系统填报", "rule": "1", "account": "某某发布 微信"} ] } }"""),
                "text");
        assertEquals(0, run.exit(), run.err());
        String out = run.out();
        assertTrue(out.contains("政府网站/功能设计/可用性 [站点甲]  0.8/1"), out);
        assertTrue(out.contains("站点乙") && out.contains("不合格: 政府网站/首页不更新"), out);
        assertEquals(1, out.split("政府网站/信息公开/概况信息", -1).length - 1, "不适用 item listed once: " + out);
        assertTrue(out.contains("(账号: 某某发布 微信)"), out);
    }

    @Test
    void numbersHaveAtMostTwoDecimals() throws IOException {
        // (35 + 34.9 + 34.9) / 3 = 34.9333...: the average is rounded half-up to 34.93.
        CliRun run = score(unit("""
                { "unit": "市人力资源社会保障局", "kind": "市级部门",
                  "websites": [ {"site": "a"},
                                {"site": "b", "findings": [ {"item": "政府网站/功能设计/可用性", "rule": "2"} ]},
                                {"site": "c", "findings": [ {"item": "政府网站/功能设计/可用性", "rule": "2"} ]} ] }"""));
        assertEquals(0, run.exit(), run.err());
        JsonNode u = Json.mapper().readTree(run.out()).get("units").get(0);
        assertEquals("34.93", u.get("website").get("score").asText());
        assertEquals("99.93", u.get("total").toString());
        assertFalse(run.out().contains("E+"), "no exponent notation");
    }

    @Test
    void unknownItemNamesThePathAndTheClosestItems() throws IOException {
        CliRun run = score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "websites": [ {"site": "涪城区人民政府", "findings": [
                      {"item": "政府网站/信息公开/动态要闻", "rule": "1"},
                      {"item": "政府网站/信息公开/动态要问", "rule": "1"} ]} ] }"""));
        assertBadInput(run, "units[0].websites[0].findings[1].item", "政府网站/信息公开/动态要闻");
    }

    @Test
    void itemOfAnotherPartSaysWhereItBelongs() throws IOException {
        CliRun run = score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "findings": [ {"item": "政府网站/功能设计/可用性", "rule": "1"} ] }"""));
        assertBadInput(run, "units[0].findings[0].item", "websites[].findings");
    }

    @Test
    void unknownRuleNamesTheRulesOfTheItem() throws IOException {
        CliRun run = score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "findings": [ {"item": "政务公开/重大领域公开", "rule": "1", "count": 2} ] }"""));
        assertBadInput(run, "units[0].findings[0].rule", "1a, 1b");
    }

    @Test
    void unknownUnitKind() throws IOException {
        assertBadInput(score(unit("{ \"unit\": \"涪城区\", \"kind\": \"县区\" }")), "units[0].kind", "县市区");
    }

    @Test
    void unknownVeto() throws IOException {
        CliRun run = score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "newMedia": { "vetoes": [ {"veto": "政务新媒体/内容不更形"} ] } }"""));
        assertBadInput(run, "units[0].newMedia.vetoes[0].veto", "政务新媒体/内容不更新");
    }

    @Test
    void valueOfTheWrongTypeForTheRule() throws IOException {
        CliRun run = score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "websites": [ {"site": "x", "findings": [
                      {"item": "政府网站/信息公开/动态要闻", "rule": "2", "value": "上个月"} ]} ] }"""));
        assertBadInput(run, "units[0].websites[0].findings[0].value", "ISO");
    }

    @Test
    void countOnAMeasuredRuleAndNegativeCount() throws IOException {
        assertBadInput(score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "findings": [ {"item": "日常工作/红头文件清理", "rule": "1", "count": 1} ] }""")),
                "units[0].findings[0].count", "value");
        assertBadInput(score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "findings": [ {"item": "日常工作/省市通报", "rule": "1b", "count": -1} ] }""")),
                "units[0].findings[0].count", ">= 0");
    }

    @Test
    void fractionalCountIsRefusedNotTruncated() throws IOException {
        assertBadInput(score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "findings": [ {"item": "日常工作/省市通报", "rule": "1b", "count": 1.5} ] }""")),
                "units[0].findings[0].count", "整数");
    }

    @Test
    void unknownFieldSuggestsTheKnownOnes() throws IOException {
        assertBadInput(score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "findings": [ {"item": "日常工作/红头文件清理", "rule": "1", "valeu": "0.5"} ] }""")),
                "units[0].findings[0]", "value");
    }

    @Test
    void malformedJson() throws IOException {
        assertBadInput(score("{\"units\": [ {\"unit\": \"涪城区\", } ]"), "JSON", "行");
    }

    @Test
    void missingFindingsFile() {
        assertBadInput(CliRun.of("score", "--rubric", RUBRIC, "--findings", dir.resolve("nope.json").toString()),
                "nope.json");
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() throws IOException {
        CliRun run = score(unit("""
                { "unit": "涪城区", "kind": "县市区",
                  "findings": [ {"item": "日常工作/红头文件清理", "rule": "1", "value": "150%"},
                                {"item": "日常工作/省市通报", "rule": "9"} ] }"""));
        assertBadInput(run, "units[0].findings[0].value", "units[0].findings[1].rule");
    }

    static void assertBadInput(CliRun run, String... expectedInErr) {
        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out(), "nothing on stdout");
        for (String s : expectedInErr) {
            assertTrue(run.err().contains(s), () -> "stderr lacks \"" + s + "\": " + run.err());
        }
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }
}
