package org.inspectorbench.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import org.inspectorbench.json.Json;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON text starts (line and column), keyed by the JSON path the problems
 * use ("$.parts[1].points"), so that every problem can point at the line to edit. A tree has no
 * positions, hence this second, streaming pass over text already known to be well-formed.
 */
final class JsonPositions {

    record Position(int line, int column) {
    }

    private final Map<String, Position> positions;

    private JsonPositions(Map<String, Position> positions) {
        this.positions = positions;
    }

    static JsonPositions of(String json) {
        Map<String, Position> positions = new HashMap<>();
        // Exception, not IOException: the rubric package must not depend on java.io (ArchitectureTest);
        // the text was already parsed once, so a failure here only means fewer positions.
        try (JsonParser parser = Json.mapper().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    context = context.getParent();
                }
                JsonLocation at = parser.currentTokenLocation();
                // The field name comes before its value: keep the first, the line the key is on.
                positions.putIfAbsent(pathOf(context), new Position(at.getLineNr(), at.getColumnNr()));
            }
        } catch (Exception partial) {
            // keep what was found
        }
        return new JsonPositions(positions);
    }

    static String pathOf(JsonStreamContext context) {
        if (context == null || context.inRoot()) {
            return "$";
        }
        String parent = pathOf(context.getParent());
        if (context.inArray()) {
            return parent + "[" + Math.max(0, context.getCurrentIndex()) + "]";
        }
        String name = context.getCurrentName();
        return name == null ? parent : parent + "." + name;
    }

    /** The position of {@code path}, or of its nearest ancestor present in the file (a missing field). */
    Position near(String path) {
        String at = path;
        while (true) {
            Position found = positions.get(at);
            if (found != null || at.equals("$")) {
                return found;
            }
            at = parentOf(at);
        }
    }

    static String parentOf(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "$" : path.substring(0, cut);
    }
}
