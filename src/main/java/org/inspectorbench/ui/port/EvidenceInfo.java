package org.inspectorbench.ui.port;

import java.time.Instant;

/** An image attached to a finding; the bytes are content-addressed by {@code sha256}. */
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
