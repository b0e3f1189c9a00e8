package org.inspectorbench.ui.evidence;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;

import java.util.ArrayList;
import java.util.List;

/**
 * The annotation layer of an evidence image: boxes, arrows and text in image pixel coordinates.
 * It is stored apart from the image, so the original and its SHA-256 never change.
 */
public record Annotations(int version, List<Shape> shapes) {

    public enum Kind { BOX, ARROW, TEXT }

    /** A box from (x1,y1) to (x2,y2), an arrow pointing at (x2,y2), or text anchored at (x1,y1). */
    public record Shape(Kind kind, double x1, double y1, double x2, double y2, String text) {
    }

    public static Annotations empty() {
        return new Annotations(1, List.of());
    }

    public Annotations with(Shape shape) {
        List<Shape> all = new ArrayList<>(shapes);
        all.add(shape);
        return new Annotations(version, List.copyOf(all));
    }

    public Annotations withoutLast() {
        return shapes.isEmpty() ? this : new Annotations(version, List.copyOf(shapes.subList(0, shapes.size() - 1)));
    }

    public String toJson() {
        try {
            return Json.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Reads a stored layer; an unreadable one is shown as empty rather than blocking the image. */
    public static Annotations fromJson(String json) {
        if (json == null || json.isBlank()) {
            return empty();
        }
        try {
            Annotations a = Json.mapper().readValue(json, Annotations.class);
            return a.shapes() == null ? empty() : a;
        } catch (JsonProcessingException e) {
            return empty();
        }
    }
}
