package org.inspectorbench.store;

/** What an import stored: findings added, updated and already identical; images new and reused. */
public record ImportResult(int added, int updated, int unchanged, int imagesStored, int imagesReused) {
}
