package org.inspectorbench.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a rubric's JSON tree against the rubric records before binding: every unknown field and
 * every value of the wrong type is reported (Jackson alone stops at the first), then removed from the
 * tree so that binding succeeds and the rules check can still report everything else. The allowed
 * fields are the records' own components: a field added to a record is allowed here at once.
 */
final class RubricShape {

    /** The fields a record allows, by name, looked up once per record class. */
    private static final ClassValue<Map<String, RecordComponent>> FIELDS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> components = new LinkedHashMap<>();
            for (RecordComponent component : type.getRecordComponents()) {
                components.put(component.getName(), component);
            }
            return components;
        }
    };

    private final Problems problems;

    /** A record's components by name, in the canonical constructor's order; looked up once per class. */
    static Map<String, RecordComponent> components(Class<?> type) {
        return FIELDS.get(type);
    }

    private RubricShape(Problems problems) {
        this.problems = problems;
    }

    /** Checks and cleans {@code root} in place; returns false when it is not an object at all. */
    static boolean check(JsonNode root, Problems problems) {
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add("$", "文件为空:评分规则文件应是一个 JSON 对象,见 docs/rubric-format.md"
                    + " / the file is empty: a rubric file is one JSON object, see docs/rubric-format.md");
            return false;
        }
        if (!root.isObject()) {
            problems.add("$", "文件内容应是一个 JSON 对象 {...},而不是" + describe(root)
                    + " / the file must hold one JSON object {...}, not " + describeEnglish(root));
            return false;
        }
        new RubricShape(problems).checkRecord(Rubric.class, (ObjectNode) root, "$");
        return true;
    }

    private void checkRecord(Class<?> type, ObjectNode node, String path) {
        Map<String, RecordComponent> components = FIELDS.get(type);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            String at = path + "." + name;
            RecordComponent component = components.get(name);
            if (component == null) {
                String closest = RubricIndex.closest(name, components.keySet(), 1).get(0);
                // Only a near miss is worth suggesting ("pionts"); "colour" is not a misspelt "bonus".
                boolean near = RubricIndex.editDistance(name, closest) <= Math.max(2, name.length() / 3);
                problems.reject(at, "未知字段 “" + name + "”" + (near ? ",是否应为 “" + closest + "”?" : "。")
                        + "此处可用的字段:" + String.join(", ", components.keySet()) + " / unknown field \"" + name
                        + "\"" + (near ? " (did you mean \"" + closest + "\"?)" : "") + "; fields allowed here: "
                        + String.join(", ", components.keySet()));
                node.remove(name);
            } else if (!checkValue(component.getGenericType(), node.get(name), at)) {
                node.remove(name);
            }
        }
    }

    /** False when the value has the wrong type (reported, to be removed by the caller). */
    private boolean checkValue(Type type, JsonNode value, String path) {
        if (value == null || value.isNull()) {
            return true;
        }
        if (type instanceof ParameterizedType list && list.getRawType() == List.class) {
            if (!value.isArray()) {
                return wrongType(path, value, "列表 [...]", "a list [...]");
            }
            Type element = list.getActualTypeArguments()[0];
            ArrayNode array = (ArrayNode) value;
            for (int i = 0; i < array.size(); i++) {
                String at = path + "[" + i + "]";
                if (array.get(i).isNull()) {
                    problems.reject(at, "列表中不能有 null:删除它或填写内容 / a list may not hold null: remove it or fill it in");
                } else if (!checkValue(element, array.get(i), at)) {
                    array.set(i, NullNode.getInstance());
                }
            }
            return true;
        }
        Class<?> raw = (Class<?>) type;
        if (raw == String.class) {
            return value.isTextual() || wrongType(path, value, "文本 \"...\"", "text \"...\"");
        }
        if (raw == BigDecimal.class) {
            return value.isNumber() || wrongType(path, value, "数字(如 0.5,不加引号)", "a number (e.g. 0.5, without quotes)");
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return value.isBoolean() || wrongType(path, value, "true 或 false", "true or false");
        }
        if (raw == int.class || raw == Integer.class) {
            return (value.isIntegralNumber() && value.canConvertToInt())
                    || wrongType(path, value, "整数", "a whole number");
        }
        if (raw.isEnum()) {
            List<String> allowed = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            if (value.isTextual() && allowed.contains(value.asText())) {
                return true;
            }
            problems.reject(path, "取值 " + value + " 无效,应为 " + String.join("、", allowed) + " 之一 / "
                    + value + " is not valid here: use one of " + String.join(", ", allowed));
            return false;
        }
        if (raw.isRecord()) {
            if (!value.isObject()) {
                return wrongType(path, value, "对象 {...}", "an object {...}");
            }
            checkRecord(raw, (ObjectNode) value, path);
            return true;
        }
        throw new IllegalStateException("rubric record component of unexpected type " + type);
    }

    private boolean wrongType(String path, JsonNode value, String expected, String expectedEnglish) {
        problems.reject(path, "此处应为" + expected + ",实际是" + describe(value) + " / expected " + expectedEnglish
                + ", found " + describeEnglish(value));
        return false;
    }

    private static String describe(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "列表";
            case OBJECT -> "对象";
            case STRING -> "文本 " + value;
            case NUMBER -> "数字 " + value;
            case BOOLEAN -> value.asText();
            default -> value.getNodeType().name().toLowerCase();
        };
    }

    private static String describeEnglish(JsonNode value) {
        return switch (value.getNodeType()) {
            case ARRAY -> "a list";
            case OBJECT -> "an object";
            case STRING -> "the text " + value;
            case NUMBER -> "the number " + value;
            case BOOLEAN -> value.asText();
            default -> value.getNodeType().name().toLowerCase();
        };
    }
}
