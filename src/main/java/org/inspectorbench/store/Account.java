package org.inspectorbench.store;

/** A new-media account of a unit; {@code sample} marks invented sample data. */
public record Account(String name, String platform, boolean sample) {
}
