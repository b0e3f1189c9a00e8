package org.inspectorbench.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.json.Json;

import java.util.List;

/**
 * The one place that reads a rubric (docs/rubric-format.md). It takes the file's text, not the
 * file, so that the rubric core stays free of I/O: the caller reads the file.
 */
public final class RubricParser {

    private RubricParser() {
    }

    /**
     * Reads and checks a rubric.
     *
     * @throws RubricException with every problem found (malformed JSON, unknown or mistyped fields,
     *         missing points, tiers that overlap or can never match, points that do not add up ...)
     */
    public static Rubric parse(String json) throws RubricException {
        JsonNode root;
        try {
            root = Json.readTree(json == null ? "" : json);
        } catch (JsonProcessingException e) {
            throw new RubricException(List.of(malformed(e)));
        }
        Problems problems = new Problems(() -> JsonPositions.of(json));
        if (!RubricShape.check(root, problems)) {
            throw new RubricException(problems.list());
        }
        Rubric rubric;
        try {
            rubric = RubricBinding.rubric(root);
        } catch (RubricBinding.Refused e) {
            // The shape check should have caught every binding error; say where binding stopped anyway.
            problems.add(e.path, "无法读取此处的值 / cannot read this value: " + e.getMessage());
            throw new RubricException(problems.list());
        }
        RubricRulesCheck.check(rubric, problems);
        if (!problems.isEmpty()) {
            throw new RubricException(problems.list());
        }
        return rubric;
    }

    private static RubricProblem malformed(JsonProcessingException e) {
        String path = "$";
        if (e.getProcessor() instanceof JsonParser parser) {
            path = JsonPositions.pathOf(parser.getParsingContext());
        }
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " (第" + at.getLineNr() + "行第" + at.getColumnNr() + "列 / line "
                + at.getLineNr() + ", column " + at.getColumnNr() + ")";
        return new RubricProblem(path, "JSON 格式错误:请检查该位置附近的括号、逗号、引号和重复的字段 / malformed JSON: "
                + "check the brackets, commas, quotes and repeated fields near this position: "
                + e.getOriginalMessage() + where);
    }
}
