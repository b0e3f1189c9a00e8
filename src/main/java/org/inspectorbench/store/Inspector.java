package org.inspectorbench.store;

/** An inspector: {@code id} is what revision stamps and history carry, {@code name} is shown. */
public record Inspector(String id, String name) {
}
