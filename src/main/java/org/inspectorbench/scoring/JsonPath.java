package org.inspectorbench.scoring;

/**
 * A JSON path ("units[3].websites[0].findings[7]") built only when a problem needs it: scoring a
 * campaign checks every finding, and nearly all of them need no path at all.
 */
final class JsonPath {

    private final String base;
    private final int index;
    private String text;

    private JsonPath(String base, int index) {
        this.base = base;
        this.index = index;
    }

    static JsonPath of(String text) {
        return new JsonPath(text, -1);
    }

    /** {@code base[index]} */
    static JsonPath element(String base, int index) {
        return new JsonPath(base, index);
    }

    @Override
    public String toString() {
        if (text == null) {
            text = index < 0 ? base : base + "[" + index + "]";
        }
        return text;
    }
}
