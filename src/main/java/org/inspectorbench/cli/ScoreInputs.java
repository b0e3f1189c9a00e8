package org.inspectorbench.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import org.inspectorbench.json.Json;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricException;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.RubricParser;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.InputProblem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the rubric and findings files of {@code inspector score}, turning every problem into a UserError. */
final class ScoreInputs {

    private ScoreInputs() {
    }

    static Rubric rubric(Path file) {
        String json = CliInputs.text(file, "评分规则文件 rubric file");
        try {
            return RubricParser.parse(json);
        } catch (RubricException e) {
            throw new UserError(file + ": " + e.getMessage());
        }
    }

    static FindingsInput findings(Path file) {
        return findings(CliInputs.text(file, "检查记录文件 findings file"), file.toString());
    }

    /** Parses the findings format; a count of 1.5 is refused, not silently read as 1. */
    static FindingsInput findings(String json, String where) {
        try {
            FindingsInput input = Json.mapper().readerFor(FindingsInput.class)
                    .without(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                    .readValue(json);
            if (input == null) {
                throw new UserError(where + ": 文件是空的 the findings file is empty");
            }
            return input;
        } catch (UnrecognizedPropertyException e) {
            List<String> known = new ArrayList<>();
            if (e.getKnownPropertyIds() != null) {
                e.getKnownPropertyIds().forEach(id -> known.add(String.valueOf(id)));
            }
            throw new UserError(where + ": " + new InputProblem(path(e), "未知的字段 unknown field \"" + e.getPropertyName() + "\"",
                    RubricIndex.closest(e.getPropertyName(), known, 3)).describe() + at(e.getLocation()));
        } catch (InvalidFormatException e) {
            throw new UserError(where + ": " + path(e) + ": 值 \"" + e.getValue() + "\" 不是" + expected(e.getTargetType())
                    + at(e.getLocation()));
        } catch (MismatchedInputException e) {
            String target = e.getTargetType() == null ? "" : ", 应为" + expected(e.getTargetType());
            throw new UserError(where + ": " + path(e) + ": 值的类型不对 wrong type of value" + target + at(e.getLocation()));
        } catch (JsonMappingException e) {
            if (e.getCause() instanceof JsonProcessingException cause) {
                throw new UserError(where + ": " + path(e) + ": JSON 格式错误 malformed JSON: " + cause.getOriginalMessage()
                        + at(cause.getLocation()) + "; 请检查该位置附近的括号、逗号和引号");
            }
            throw new UserError(where + ": " + path(e) + ": " + e.getOriginalMessage() + at(e.getLocation()));
        } catch (JsonProcessingException e) {
            throw new UserError(where + ": JSON 格式错误 malformed JSON: " + e.getOriginalMessage() + at(e.getLocation())
                    + "; 请检查该位置附近的括号、逗号和引号");
        }
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "正确的类型";
        }
        if (type == Integer.class || type == int.class) {
            return "整数 integer";
        }
        if (type == java.time.LocalDate.class) {
            return "ISO 日期 date (YYYY-MM-DD)";
        }
        if (type == String.class) {
            return "文本 text";
        }
        if (List.class.isAssignableFrom(type)) {
            return "列表 list [...]";
        }
        return "对象 object {...} (" + type.getSimpleName() + ")";
    }

    static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static String at(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " (第" + location.getLineNr() + "行第" + location.getColumnNr() + "列 line " + location.getLineNr()
                + ", column " + location.getColumnNr() + ")";
    }
}
