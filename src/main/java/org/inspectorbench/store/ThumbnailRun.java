package org.inspectorbench.store;

import java.util.List;

/** Thumbnails made by {@link Workspace#completeThumbnails}; {@code undecodable}: SHA-256s of images that do not decode. */
public record ThumbnailRun(int made, List<String> undecodable) {
}
