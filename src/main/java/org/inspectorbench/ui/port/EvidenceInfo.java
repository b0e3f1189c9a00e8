package org.inspectorbench.ui.port;

import java.time.Instant;

/**
 * An image attached to a finding; the bytes are content-addressed by {@code sha256}, so the same
 * image attached to two findings is two items with one hash. {@code id} names the attachment.
 */
public record EvidenceInfo(
        String id,
        String findingId,
        String sha256,
        String fileName,
        String sourceUrl,
        Instant capturedAt,
        int width,
        int height) {
}
