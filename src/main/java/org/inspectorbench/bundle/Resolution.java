package org.inspectorbench.bundle;

import java.util.Map;

/**
 * A reviewer's decision on a conflict: take one side whole ({@code take}: "mine", "theirs", a side
 * number, or a revision stamp or its prefix), then optionally take single fields from other sides
 * ({@code fieldsFrom}: field to side) or give them a new value ({@code values}: field to text).
 * The result is a NEW version edited from all sides, so it supersedes them everywhere it travels.
 */
public record Resolution(String take, Map<String, String> fieldsFrom, Map<String, String> values) {

    public Resolution {
        fieldsFrom = fieldsFrom == null ? Map.of() : Map.copyOf(fieldsFrom);
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public static Resolution take(String side) {
        return new Resolution(side, Map.of(), Map.of());
    }
}
