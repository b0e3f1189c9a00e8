package org.inspectorbench.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;

import java.util.Set;

/**
 * What a version says, without who said it and when: two concurrent versions that say the same
 * thing (two inspectors making the same change, the same assignment created in two workspaces) are
 * not a conflict.
 */
final class StateContent {

    /** Fields that record who and when, not what. */
    static final Set<String> BOOKKEEPING = Set.of("author", "createdAt", "updatedAt", "addedAt", "revision", "parent");

    private StateContent() {
    }

    static ObjectNode tree(String stateJson) {
        try {
            JsonNode node = Json.mapper().readTree(stateJson);
            if (!(node instanceof ObjectNode object)) {
                throw new IllegalArgumentException("a record state is a JSON object: " + stateJson);
            }
            return object;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("a record state is not JSON: " + stateJson, e);
        }
    }

    /** The state without bookkeeping fields. */
    static ObjectNode content(String stateJson) {
        ObjectNode node = tree(stateJson);
        node.remove(BOOKKEEPING);
        return node;
    }

    static boolean sameContent(String a, String b) {
        return content(a).equals(content(b));
    }
}
