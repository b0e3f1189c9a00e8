package org.inspectorbench.store;

import java.util.List;

/**
 * What an import stored: findings added, updated and already identical; images new and reused;
 * thumbnails made after the commit, and images that passed the import's structural check but do
 * not decode (stored, attached, shown without thumbnail; listed so the user can replace them).
 */
public record ImportResult(int added, int updated, int unchanged, int imagesStored, int imagesReused,
                           int thumbnailsMade, List<String> undecodable) {
}
