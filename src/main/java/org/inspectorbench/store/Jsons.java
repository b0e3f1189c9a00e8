package org.inspectorbench.store;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;

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

    /**
     * {@code write(f)}, field by field through the one mapper's generator: an import writes two
     * history entries per finding and attachment, and the general serializer (reflection, the
     * date-time formatter) was a large part of a cold import's CPU and compiling. Same text as
     * {@link #write}: component order, nulls left out ({@code JsonsTest} compares them).
     */
    static String finding(Finding f) {
        if (f == null) {
            return null;
        }
        return generate(g -> {
            optional(g, "id", f.id());
            optional(g, "unit", f.unit());
            optional(g, "site", f.site());
            optional(g, "account", f.account());
            optional(g, "kind", f.kind() == null ? null : f.kind().name());
            optional(g, "item", f.item());
            optional(g, "rule", f.rule());
            if (f.count() != null) {
                g.writeNumberField("count", f.count());
            }
            optional(g, "value", f.value());
            optional(g, "note", f.note());
            optional(g, "author", f.author());
            optional(g, "createdAt", f.createdAt());
            optional(g, "updatedAt", f.updatedAt());
            optional(g, "revision", f.revision());
            optional(g, "parent", f.parent());
            g.writeBooleanField("deleted", f.deleted());
        });
    }

    /** {@code write(l)} field by field, like {@link #finding}. */
    static String link(EvidenceLink l) {
        if (l == null) {
            return null;
        }
        return generate(g -> {
            optional(g, "findingId", l.findingId());
            optional(g, "sha256", l.sha256());
            g.writeNumberField("position", l.position());
            optional(g, "author", l.author());
            optional(g, "addedAt", l.addedAt());
            optional(g, "revision", l.revision());
            optional(g, "parent", l.parent());
            g.writeBooleanField("deleted", l.deleted());
        });
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static String generate(Fields fields) {
        StringWriter out = new StringWriter(320);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            fields.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void optional(JsonGenerator g, String name, Object value) throws IOException {
        if (value instanceof Instant t) {
            g.writeStringField(name, Sql.text(t));
        } else if (value != null) {
            g.writeStringField(name, value.toString());
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
