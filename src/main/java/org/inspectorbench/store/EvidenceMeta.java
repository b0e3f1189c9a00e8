package org.inspectorbench.store;

import java.time.Instant;

/**
 * What is known about one stored image. {@code sha256} is its identity; the same bytes attached
 * to several findings are stored once. {@code capturedAt}, {@code sourceUrl} and
 * {@code originalName} are those given when the image was first stored.
 */
public record EvidenceMeta(String sha256, String format, int width, int height, long byteSize,
                           String originalName, String sourceUrl, Instant capturedAt, Instant addedAt,
                           String addedBy) {
}
