package org.inspectorbench.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

/**
 * The one JSON mapper configuration of the program. Every reader and writer of JSON (rubric,
 * findings, campaigns, bundles, command output) goes through it, so that dates, decimals and
 * unknown fields are treated the same everywhere.
 */
public final class Json {

    /** Made on first use: a cold start reads its JSON with {@link #readTree} and never needs it. */
    private static final class Mapper {
        private static final ObjectMapper MAPPER = JsonMapper.builder()
                .addModule(new JavaTimeModule())
                // Unknown fields are typos in hand-written rubric or findings files: refuse them.
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                // Points are exact decimals (rubric-notes.md: no binary floating point in scoring).
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }

    /** The mapper's reading settings for {@link #readTree}: duplicate fields refused. */
    private static final JsonFactory TREES = JsonFactory.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return Mapper.MAPPER;
    }

    /**
     * The tree {@code mapper().readTree(json)} gives (the same nodes, decimals exact, duplicate
     * fields refused, empty text a missing node), read without the mapper. Building the mapper and
     * its data binding costs a cold start ~0.1 s of CPU on the start-up thread, while the toolkit
     * starts on the same two cores; the start only reads trees (rubric, calendar, unit tags), so it
     * reads them this way and the mapper is made when something binds or writes.
     */
    public static JsonNode readTree(String json) throws JsonProcessingException {
        try (JsonParser p = TREES.createParser(json)) {
            JsonToken first = p.nextToken();
            return first == null ? MissingNode.getInstance() : value(p, first);
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode value(JsonParser p, JsonToken token) throws IOException {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT -> {
                ObjectNode object = nodes.objectNode();
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    object.set(name, value(p, p.nextToken()));
                }
                return object;
            }
            case START_ARRAY -> {
                ArrayNode array = nodes.arrayNode();
                for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                    array.add(value(p, t));
                }
                return array;
            }
            case VALUE_STRING -> {
                return nodes.textNode(p.getText());
            }
            case VALUE_NUMBER_INT -> {
                return switch (p.getNumberType()) {
                    case INT -> nodes.numberNode(p.getIntValue());
                    case LONG -> nodes.numberNode(p.getLongValue());
                    default -> nodes.numberNode(p.getBigIntegerValue());
                };
            }
            case VALUE_NUMBER_FLOAT -> {
                BigDecimal d = p.getDecimalValue();
                // What the mapper's tree reader does with the default node factory.
                if (nodes.willStripTrailingBigDecimalZeroes()) {
                    d = d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros();
                }
                return nodes.numberNode(d);
            }
            case VALUE_TRUE -> {
                return nodes.booleanNode(true);
            }
            case VALUE_FALSE -> {
                return nodes.booleanNode(false);
            }
            case VALUE_NULL -> {
                return nodes.nullNode();
            }
            default -> throw new JsonParseException(p, "unexpected " + token);
        }
    }
}
