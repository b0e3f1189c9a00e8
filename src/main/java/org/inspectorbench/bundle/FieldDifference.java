package org.inspectorbench.bundle;

import java.util.List;

/** A field whose value differs between the sides of a conflict: {@code values} per side, in side order. */
public record FieldDifference(String field, List<Object> values) {
}
