package org.inspectorbench.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@link Json#readTree} gives exactly the mapper's tree (node types, decimal scales), and refuses what it refuses. */
class JsonReadTreeTest {

    private static void same(String json) throws JsonProcessingException {
        JsonNode expected = Json.mapper().readTree(json);
        JsonNode actual = Json.readTree(json);
        assertEquals(expected, actual, json);
        assertEquals(expected.getNodeType(), actual.getNodeType(), json);
    }

    @Test
    void theProgramsOwnFilesReadTheSame() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String dir : List.of("sample-data/rubrics", "sample-data/calendar", "sample-data/campaigns", "sample-data/units")) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                s.filter(p -> p.toString().endsWith(".json")).forEach(files::add);
            }
        }
        assertTrue(files.size() >= 8, files.toString());
        for (Path f : files) {
            same(Files.readString(f, StandardCharsets.UTF_8));
        }
    }

    @Test
    void numbersKeepTheMappersTypesAndScales() throws JsonProcessingException {
        for (String n : List.of("0", "-0", "7", "2147483647", "2147483648", "-9223372036854775808", "99999999999999999999999",
                "0.5", "1.50", "0.0", "0.00", "-0.0", "1e2", "1.0E+3", "2.5e-3", "100.000", "3.14159265358979323846264338")) {
            same(n);
            same("{\"a\": " + n + ", \"b\": [" + n + "]}");
        }
    }

    @Test
    void everyKindOfValueAndNesting() throws JsonProcessingException {
        for (String json : List.of("{}", "[]", "null", "true", "false", "\"绵阳\"", "{\"a\":{\"b\":[1,{\"c\":null}]},\"d\":\"\\u4e2d\"}",
                "[[],[[]],{}]", "  {\"x\" : [true,false,null,\"\",0.25]}  ", "{} trailing", "")) {
            same(json);
        }
    }

    @Test
    void randomDocuments() throws JsonProcessingException {
        Random random = new Random(20261127);
        for (int i = 0; i < 300; i++) {
            same(randomValue(random, 0));
        }
    }

    @Test
    void refusesWhatTheMapperRefuses() {
        for (String bad : List.of("{\"a\":1,\"a\":2}", "{\"a\":", "[1,,2]", "{a:1}", "[1 2]", "{\"a\":[1}", "'x'")) {
            assertThrows(JsonProcessingException.class, () -> Json.mapper().readTree(bad), bad);
            assertThrows(JsonProcessingException.class, () -> Json.readTree(bad), bad);
        }
    }

    private static String randomValue(Random r, int depth) {
        int kind = depth > 3 ? 2 + r.nextInt(5) : r.nextInt(7);
        switch (kind) {
            case 0: {
                StringBuilder b = new StringBuilder("{");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(randomValue(r, depth + 1));
                }
                return b.append('}').toString();
            }
            case 1: {
                StringBuilder b = new StringBuilder("[");
                int n = r.nextInt(4);
                for (int i = 0; i < n; i++) {
                    b.append(i == 0 ? "" : ",").append(randomValue(r, depth + 1));
                }
                return b.append(']').toString();
            }
            case 2:
                return Integer.toString(r.nextInt(2000) - 1000);
            case 3:
                return (r.nextInt(2000) - 1000) + "." + "0".repeat(r.nextInt(3)) + r.nextInt(100);
            case 4:
                return "\"t" + r.nextInt(100) + "\"";
            case 5:
                return r.nextBoolean() ? "true" : "null";
            default:
                return r.nextInt(100) + "." + r.nextInt(10) + "0";
        }
    }
}
