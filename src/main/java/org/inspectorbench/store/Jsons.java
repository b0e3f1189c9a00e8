package org.inspectorbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;

import java.time.Instant;

/**
 * JSON text of stored states (history, annotations, draws): the one mapper's, and for the history's
 * findings and attachments the same text written field by field ({@link #finding}).
 */
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

    /**
     * {@code write(f)}, field by field: an import writes a history entry per finding and per
     * attachment. Through the general serializer (reflection, the date-time formatter) that was a
     * large part of a cold import's CPU and compiling; through a generator per entry (factory,
     * contexts, buffers) still ~10% of its time (0.99 s against 0.90 s with the history's JSON left
     * out). {@link ObjectText} writes the same text as the one mapper: component order, nulls left
     * out, the mapper's escapes; {@code JsonsTest} compares the two on 3,000 random records with
     * quotes, control characters and non-BMP text.
     */
    static String finding(Finding f) {
        if (f == null) {
            return null;
        }
        return new ObjectText()
                .optional("id", f.id())
                .optional("unit", f.unit())
                .optional("site", f.site())
                .optional("account", f.account())
                .optional("kind", f.kind() == null ? null : f.kind().name())
                .optional("item", f.item())
                .optional("rule", f.rule())
                .optionalNumber("count", f.count())
                .optional("value", f.value())
                .optional("note", f.note())
                .optional("author", f.author())
                .optional("createdAt", f.createdAt())
                .optional("updatedAt", f.updatedAt())
                .optional("revision", f.revision())
                .optional("parent", f.parent())
                .bool("deleted", f.deleted())
                .end();
    }

    /** {@code write(l)} field by field, like {@link #finding}. */
    static String link(EvidenceLink l) {
        if (l == null) {
            return null;
        }
        return new ObjectText()
                .optional("findingId", l.findingId())
                .optional("sha256", l.sha256())
                .optionalNumber("position", l.position())
                .optional("author", l.author())
                .optional("addedAt", l.addedAt())
                .optional("revision", l.revision())
                .optional("parent", l.parent())
                .bool("deleted", l.deleted())
                .end();
    }

    /** A JSON object's text as the one mapper writes it, for the two records above. */
    private static final class ObjectText {

        private static final char[] HEX = "0123456789ABCDEF".toCharArray();

        private final StringBuilder b = new StringBuilder(320).append('{');

        /** A string field (an Instant as the mapper writes it); nothing when null. */
        ObjectText optional(String name, Object value) {
            if (value != null) {
                name(name);
                quoted(value instanceof Instant t ? Sql.text(t) : value.toString());
            }
            return this;
        }

        ObjectText optionalNumber(String name, Integer value) {
            if (value != null) {
                name(name);
                b.append(value.intValue());
            }
            return this;
        }

        ObjectText bool(String name, boolean value) {
            name(name);
            b.append(value);
            return this;
        }

        String end() {
            return b.append('}').toString();
        }

        private void name(String name) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append('"').append(name).append("\":");
        }

        /** Jackson's default escapes: quote, backslash, the five short ones, other control characters as a u-escape. */
        private void quoted(String s) {
            b.append('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                switch (c) {
                    case '"' -> b.append("\\\"");
                    case '\\' -> b.append("\\\\");
                    case '\b' -> b.append("\\b");
                    case '\t' -> b.append("\\t");
                    case '\n' -> b.append("\\n");
                    case '\f' -> b.append("\\f");
                    case '\r' -> b.append("\\r");
                    default -> {
                        if (c < 0x20) {
                            b.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xf]);
                        } else {
                            b.append(c);
                        }
                    }
                }
            }
            b.append('"');
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
