package org.inspectorbench.store;

/** A website of a unit; {@code url} is null where not known. */
public record Website(String name, String url) {
}
