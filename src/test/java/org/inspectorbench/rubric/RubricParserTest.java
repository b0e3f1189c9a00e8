package org.inspectorbench.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Broken variants of the 2022 rubric, each made by editing its JSON tree: the parser reports the
 * right problem at the right JSON path, and reports every problem, not just the first.
 */
class RubricParserTest {

    // Indices into the 2022 file: parts[1] = 政府网站, sections[0] = 信息公开, items[3] = 动态要闻.
    static final String DYNAMIC_NEWS = "$.parts[1].sections[0].items[3]";
    static final String SERVICE_STATS = "$.parts[1].sections[2].items[1]"; // 办事统计
    static final String RED_HEAD_FILES = "$.parts[3].sections[0].items[0]"; // 日常工作/红头文件清理

    private static String original;

    @BeforeAll
    static void read() throws IOException {
        original = Mianyang2022RubricTest.text();
    }

    @Test
    void theOriginalHasNoProblems() {
        Rubric rubric = RubricParser.parse(original);
        assertEquals("mianyang-2022", rubric.id());
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        String broken = original.replaceFirst("\"total\": 130,", "\"total\": 130,,");
        List<RubricProblem> problems = problems(broken);
        assertEquals(1, problems.size());
        assertTrue(problems.get(0).message().contains("JSON"), problems.toString());
        assertTrue(problems.get(0).message().contains("line 5, column"), problems.toString());
    }

    @Test
    void duplicateKeyIsMalformed() {
        String broken = original.replaceFirst("\"total\": 130,", "\"total\": 130, \"total\": 131,");
        RubricProblem problem = problems(broken).get(0);
        assertTrue(problem.message().contains("total"), problem.toString());
    }

    @Test
    void emptyOrNonObjectFileIsRefused() {
        assertProblem(problems(""), "$", "empty");
        assertProblem(problems("[1, 2]"), "$", "object");
    }

    @Test
    void unknownFieldGetsItsPathLineAndASuggestion() throws IOException {
        ObjectNode root = tree();
        ObjectNode rule = (ObjectNode) at(root, DYNAMIC_NEWS + ".rules[0]");
        rule.set("pionts", rule.remove("points"));
        String text = pretty(root);
        List<RubricProblem> problems = problems(text);
        RubricProblem problem = assertProblem(problems, DYNAMIC_NEWS + ".rules[0].pionts", "did you mean \"points\"");
        int line = lineOf(text, "\"pionts\"");
        assertTrue(problem.message().contains("line " + line + ","), problem + " should name line " + line);
        // The CHECK rule has lost its points too: both are reported.
        assertProblem(problems, DYNAMIC_NEWS + ".rules[0].points", "CHECK");
    }

    @Test
    void farOffUnknownFieldGetsNoSuggestionButTheAllowedFields() {
        RubricProblem problem = assertProblem(edit(root -> obj(root, "$.parts[0]").put("colour", "red")),
                "$.parts[0].colour", "fields allowed here: name, division, scope, bonus, points, sections");
        assertTrue(!problem.message().contains("did you mean"), problem.toString());
    }

    @Test
    void unnamedItemMustBeAloneInItsSection() {
        assertProblem(edit(root -> obj(root, DYNAMIC_NEWS).putNull("name")), DYNAMIC_NEWS + ".name",
                "unnamed only when it is its section's one item");
        assertProblem(edit(root -> obj(root, "$.parts[1].sections[1]").putNull("name")), "$.parts[1].sections[1].name",
                "unnamed only when it is its part's one section");
    }

    @Test
    void checkRuleWithoutPoints() {
        assertProblem(edit(root -> obj(root, DYNAMIC_NEWS + ".rules[0]").remove("points")),
                DYNAMIC_NEWS + ".rules[0].points", "needs points");
    }

    @Test
    void missingFieldPointsAtTheObjectThatLacksIt() {
        String rule = "{ \"id\": \"1\", \"text\": \"未开设动态要闻类栏目的,扣3分。\", \"kind\": \"CHECK\"";
        String text = original.replace(rule + ", \"points\": 3 }", rule + " }");
        int line = lineOf(text, rule);
        int column = text.indexOf(rule) - text.lastIndexOf('\n', text.indexOf(rule));
        RubricProblem problem = assertProblem(problems(text), DYNAMIC_NEWS + ".rules[0].points", "needs points");
        assertTrue(problem.message().endsWith("(第" + line + "行第" + column + "列 / line " + line + ", column " + column + ")"),
                problem.toString());
    }

    @Test
    void countRuleWithoutPoints() {
        assertProblem(edit(root -> obj(root, "$.parts[1].sections[0].items[0].rules[1]").remove("points")),
                "$.parts[1].sections[0].items[0].rules[1].points", "COUNT");
    }

    @Test
    void measureRuleWithoutMeasureOrTiers() {
        assertProblem(edit(root -> obj(root, DYNAMIC_NEWS + ".rules[1]").remove("measure")),
                DYNAMIC_NEWS + ".rules[1].measure", "needs a measure");
        assertProblem(edit(root -> ((ArrayNode) at(root, DYNAMIC_NEWS + ".rules[1].measure.tiers")).removeAll()),
                DYNAMIC_NEWS + ".rules[1].measure.tiers", "tiers missing");
    }

    @Test
    void measureRuleWithPointsOrCheckRuleWithMeasure() {
        assertProblem(edit(root -> obj(root, DYNAMIC_NEWS + ".rules[1]").put("points", 3)),
                DYNAMIC_NEWS + ".rules[1].points", "remove points");
        assertProblem(edit(root -> obj(root, DYNAMIC_NEWS + ".rules[1]").put("kind", "CHECK").put("points", 3)),
                DYNAMIC_NEWS + ".rules[1].measure", "MEASURE");
    }

    @Test
    void tierWithNoConditionOrSeveral() {
        String tier = DYNAMIC_NEWS + ".rules[1].measure.tiers[0]";
        assertProblem(edit(root -> obj(root, tier).remove("olderThan")), tier, "no condition");
        assertProblem(edit(root -> obj(root, tier).put("within", "P1M")), tier, "several conditions (within, olderThan)");
    }

    @Test
    void conditionOfTheWrongTypeOfMeasure() {
        String tier = DYNAMIC_NEWS + ".rules[1].measure.tiers[0]";
        assertProblem(edit(root -> {
            obj(root, tier).remove("olderThan");
            obj(root, tier).put("below", 0.5);
        }), tier + ".below", "DATE measure takes within or olderThan");
    }

    @Test
    void badIsoPeriod() {
        String tier = DYNAMIC_NEWS + ".rules[1].measure.tiers[0]";
        assertProblem(edit(root -> obj(root, tier).put("olderThan", "2周")), tier + ".olderThan", "ISO-8601");
        assertProblem(edit(root -> obj(root, tier).put("olderThan", "P0D")), tier + ".olderThan", "longer than zero");
    }

    @Test
    void unreachableTierAfterABroaderOne() {
        // 办事统计 rule 2: "older than 1 month" first would take every date "older than 3 months".
        String tiers = SERVICE_STATS + ".rules[1].measure.tiers";
        assertProblem(edit(root -> {
            ArrayNode list = (ArrayNode) at(root, tiers);
            JsonNode first = list.remove(0);
            list.add(first);
        }), tiers + "[1]", "can never match");
    }

    @Test
    void unreachableTierWithTheSameLimit() {
        String tiers = RED_HEAD_FILES + ".rules[0].measure.tiers";
        assertProblem(edit(root -> obj(root, tiers + "[2]").put("atMost", 0.5).remove("below")),
                tiers + "[2]", "tier 2");
    }

    @Test
    void overlappingTiersOfOppositeDirections() {
        String tiers = RED_HEAD_FILES + ".rules[0].measure.tiers";
        assertProblem(edit(root -> obj(root, tiers + "[2]").put("above", 0.3).remove("below")),
                tiers + "[2]", "overlap");
    }

    @Test
    void tiersCoveringEverythingLeaveNothingForLaterOnes() {
        String tiers = RED_HEAD_FILES + ".rules[0].measure.tiers";
        assertProblem(edit(root -> obj(root, tiers + "[1]").put("above", 0).remove("atMost")),
                tiers + "[2]", "can never match");
    }

    @Test
    void fractionAbove1() {
        String tiers = RED_HEAD_FILES + ".rules[0].measure.tiers";
        assertProblem(edit(root -> obj(root, tiers + "[2]").put("below", 80)), tiers + "[2].below", "0.8");
    }

    @Test
    void duplicateRuleIds() {
        assertProblem(edit(root -> obj(root, DYNAMIC_NEWS + ".rules[1]").put("id", "1")),
                DYNAMIC_NEWS + ".rules[1].id", "used twice");
    }

    @Test
    void duplicateItemPaths() {
        assertProblem(edit(root -> obj(root, "$.parts[1].sections[0].items[1]").put("name", "概况信息")),
                "$.parts[1].sections[0].items[1].name", "政府网站/信息公开/概况信息");
    }

    @Test
    void missingNamesAndPoints() {
        List<RubricProblem> problems = edit(root -> {
            obj(root, "$.parts[2]").remove("name");
            obj(root, DYNAMIC_NEWS).remove("points");
            obj(root, DYNAMIC_NEWS + ".rules[0]").remove("text");
        });
        assertProblem(problems, "$.parts[2].name", "missing the part's name");
        assertProblem(problems, DYNAMIC_NEWS + ".points", "missing the item's points");
        assertProblem(problems, DYNAMIC_NEWS + ".rules[0].text", "missing the rule's text");
    }

    @Test
    void itemsNotAddingUpToTheirSection() {
        List<RubricProblem> problems = edit(root -> obj(root, DYNAMIC_NEWS).put("points", 4));
        assertProblem(problems, "$.parts[1].sections[0].points", "the items add up to 7, not the section's 6");
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void sectionsNotAddingUpToTheirPartAndPartsToTheTotal() {
        List<RubricProblem> problems = edit(root -> {
            obj(root, DYNAMIC_NEWS).put("points", 4);
            obj(root, "$.parts[1].sections[0]").put("points", 7);
        });
        assertProblem(problems, "$.parts[1].points", "the sections add up to 36, not the part's 35");
        assertEquals(1, problems.size(), problems.toString());
        assertProblem(edit(root -> root.put("total", 131)), "$.total", "the parts add up to 130, not the total 131");
    }

    @Test
    void unknownUnitKindInApplicability() {
        String kinds = "$.parts[1].sections[0].items[0].applicability.kinds";
        assertProblem(edit(root -> ((ArrayNode) at(root, kinds)).set(0, "县区")), kinds + "[0]", "unknown unit kind \"县区\"");
    }

    @Test
    void verdictAndBonusGatePartsMustExist() {
        assertProblem(edit(root -> obj(root, "$.verdicts[0]").put("part", "政府网")), "$.verdicts[0].part",
                "did you mean \"政府网站\"");
        assertProblem(edit(root -> ((ArrayNode) at(root, "$.bonusGate.parts")).set(1, "新媒体")), "$.bonusGate.parts[1]",
                "no part named \"新媒体\"");
        assertProblem(edit(root -> obj(root, "$.vetoes[0]").put("target", "网站")), "$.vetoes[0].target", "no part named");
    }

    @Test
    void gateAndVerdictOutOfReach() {
        assertProblem(edit(root -> obj(root, "$.bonusGate").put("min", 56)), "$.bonusGate.min", "maximum 55");
        assertProblem(edit(root -> obj(root, "$.verdicts[1]").put("passMin", 21)), "$.verdicts[1].passMin", "between 0");
    }

    @Test
    void tiersNotInDescendingOrder() {
        assertProblem(edit(root -> obj(root, "$.tiers[2]").put("min", 95)), "$.tiers[2].min", "highest first");
        assertProblem(edit(root -> obj(root, "$.tiers[4]").put("min", 10)), "$.tiers[4].min", "last tier");
        assertProblem(edit(root -> obj(root, "$.tiers[1]").remove("min")), "$.tiers[1].min", "only the last tier");
    }

    @Test
    void vetoConditionsAndVetoTier() {
        assertProblem(edit(root -> obj(root, "$.vetoes[3].conditions[1]").put("id", "1")), "$.vetoes[3].conditions[1].id",
                "used twice");
        assertProblem(edit(root -> obj(root, "$.tiers[4]").put("vetoTier", false)), "$.tiers", "vetoTier");
        assertProblem(edit(root -> obj(root, "$.vetoes[1]").put("name", "安全、泄密事故等严重问题")), "$.vetoes[1].name",
                "政府网站/安全、泄密事故等严重问题");
    }

    @Test
    void wrongTypesAreReportedOnceAndEnumsListTheirValues() {
        List<RubricProblem> problems = edit(root -> {
            obj(root, DYNAMIC_NEWS + ".rules[0]").put("points", "3");
            obj(root, DYNAMIC_NEWS + ".rules[1]").put("kind", "MEASURED");
        });
        assertProblem(problems, DYNAMIC_NEWS + ".rules[0].points", "expected a number");
        assertProblem(problems, DYNAMIC_NEWS + ".rules[1].kind", "CHECK, COUNT, MEASURE");
        assertEquals(2, problems.size(), problems.toString());
    }

    @Test
    void everyProblemIsReportedNotJustTheFirst() {
        List<RubricProblem> problems = edit(root -> {
            obj(root, "$.parts[0]").put("colour", "red");
            obj(root, DYNAMIC_NEWS + ".rules[0]").remove("points");
            obj(root, "$.verdicts[0]").put("part", "网站");
            obj(root, "$.tiers[2]").put("min", 95);
            obj(root, SERVICE_STATS + ".rules[1].measure.tiers[0]").put("olderThan", "three months");
        });
        assertEquals(List.of("$.parts[0].colour", DYNAMIC_NEWS + ".rules[0].points",
                SERVICE_STATS + ".rules[1].measure.tiers[0].olderThan", "$.verdicts[0].part", "$.tiers[2].min"),
                problems.stream().map(RubricProblem::path).toList());
        RubricException e = assertThrows(RubricException.class, () -> RubricParser.parse(pretty(treeOf(root -> {
            obj(root, "$.tiers[2]").put("min", 95);
        }))));
        assertTrue(e.getMessage().contains("$.tiers[2].min"), e.getMessage());
    }

    // ------------------------------------------------------------------ helpers

    static List<RubricProblem> problems(String json) {
        try {
            RubricParser.parse(json);
        } catch (RubricException e) {
            return e.problems();
        }
        return fail("expected problems, but the rubric loaded");
    }

    static List<RubricProblem> edit(Consumer<ObjectNode> change) {
        return problems(pretty(treeOf(change)));
    }

    static ObjectNode treeOf(Consumer<ObjectNode> change) {
        ObjectNode root = tree();
        change.accept(root);
        return root;
    }

    static RubricProblem assertProblem(List<RubricProblem> problems, String path, String fragment) {
        return problems.stream()
                .filter(p -> p.path().equals(path) && p.message().contains(fragment))
                .findFirst()
                .orElseGet(() -> fail("no problem at " + path + " saying \"" + fragment + "\" among:\n" + problems));
    }

    static ObjectNode tree() {
        try {
            return (ObjectNode) Json.mapper().readTree(original);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static String pretty(JsonNode root) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The node at a JSON path of the form the problems use: "$.parts[1].sections[0].name". */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        for (String step : path.substring(1).split("(?=[.\\[])")) {
            if (step.isEmpty()) {
                continue;
            }
            node = step.startsWith("[") ? node.get(Integer.parseInt(step.substring(1, step.length() - 1)))
                    : node.get(step.substring(1));
            if (node == null) {
                throw new AssertionError("nothing at " + path + " (" + step + ")");
            }
        }
        return node;
    }

    static ObjectNode obj(JsonNode root, String path) {
        return (ObjectNode) at(root, path);
    }

    static int lineOf(String text, String fragment) {
        String before = text.substring(0, text.indexOf(fragment));
        return (int) before.chars().filter(c -> c == '\n').count() + 1;
    }
}
