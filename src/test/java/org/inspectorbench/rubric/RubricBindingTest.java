package org.inspectorbench.rubric;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.inspectorbench.json.Json;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand binding builds the same records as Jackson's record binding: for the 2022 rubric, and
 * for 500 variants of it with fields removed, nulled, or given values of the wrong type (which the
 * shape check removes first, as in {@link RubricParser}); where Jackson refuses, so does it.
 */
class RubricBindingTest {

    @Test
    void the2022RubricBindsAsJacksonBindsIt() throws IOException {
        JsonNode tree = Json.readTree(Mianyang2022RubricTest.text());
        Rubric expected = Json.mapper().treeToValue(tree, Rubric.class);
        assertEquals(expected, RubricBinding.rubric(tree));
        assertEquals(RubricParser.parse(Mianyang2022RubricTest.text()), expected);
    }

    @Test
    void brokenVariantsBindAsJacksonBindsThem() throws IOException {
        JsonNode original = Json.readTree(Mianyang2022RubricTest.text());
        Random random = new Random(271127);
        int bound = 0;
        int refused = 0;
        for (int i = 0; i < 500; i++) {
            ObjectNode variant = original.deepCopy();
            for (int k = 0; k < 1 + random.nextInt(4); k++) {
                mutate(variant, random);
            }
            RubricShape.check(variant, new Problems(() -> null));
            Object jackson;
            try {
                jackson = Json.mapper().treeToValue(variant, Rubric.class);
            } catch (Exception e) {
                jackson = "refused";
            }
            Object ours;
            try {
                ours = RubricBinding.rubric(variant);
            } catch (RubricBinding.Refused e) {
                ours = "refused";
            }
            assertEquals(jackson, ours, "variant " + i + ": " + variant.toString().substring(0, 80));
            if (ours instanceof Rubric) {
                bound++;
            } else {
                refused++;
            }
        }
        assertTrue(bound > 300, "most variants bind: " + bound);
        System.out.println("variants bound " + bound + ", refused by both " + refused);
    }

    /** Removes a field, sets it to null, or gives it a value of another type, somewhere in the tree. */
    private static void mutate(ObjectNode root, Random random) {
        List<ObjectNode> objects = new ArrayList<>();
        collect(root, objects);
        ObjectNode target = objects.get(random.nextInt(objects.size()));
        List<String> names = new ArrayList<>();
        target.fieldNames().forEachRemaining(names::add);
        if (names.isEmpty()) {
            return;
        }
        String name = names.get(random.nextInt(names.size()));
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (random.nextInt(6)) {
            case 0, 1 -> target.remove(name);
            case 2 -> target.set(name, f.nullNode());
            case 3 -> target.set(name, f.textNode("x"));
            case 4 -> target.set(name, f.numberNode(new java.math.BigDecimal("2.50")));
            default -> {
                JsonNode v = target.get(name);
                if (v.isArray() && !v.isEmpty()) {
                    ((ArrayNode) v).set(random.nextInt(v.size()), random.nextBoolean() ? f.nullNode() : f.booleanNode(true));
                } else {
                    target.set(name, f.booleanNode(random.nextBoolean()));
                }
            }
        }
    }

    private static void collect(JsonNode node, List<ObjectNode> out) {
        if (node instanceof ObjectNode o) {
            out.add(o);
        }
        node.elements().forEachRemaining(child -> collect(child, out));
    }
}
