package org.inspectorbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;

/** JSON text of stored states (history, annotations, draws) through the one mapper. */
final class Jsons {

    private Jsons() {
    }

    static String write(Object value) {
        try {
            return value == null ? null : Json.mapper().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return json == null ? null : Json.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not a " + type.getSimpleName() + ": " + json, e);
        }
    }
}
