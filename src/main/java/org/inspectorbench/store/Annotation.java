package org.inspectorbench.store;

import java.time.Instant;

/**
 * Boxes, arrows and text drawn over one evidence image of one finding, as the viewer's JSON
 * ({@code shapesJson}); the image itself and its hash never change.
 */
public record Annotation(String id, String findingId, String sha256, String shapesJson, String author,
                         Instant createdAt, Instant updatedAt, Revision revision, Revision parent, boolean deleted) {
}
