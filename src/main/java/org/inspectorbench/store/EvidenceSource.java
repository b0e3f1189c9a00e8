package org.inspectorbench.store;

import java.time.Instant;

/**
 * Where an image comes from: the file name it had, the page it shows (if known) and when it was
 * taken (the file's modification time, or now for a paste or a screen capture).
 */
public record EvidenceSource(String originalName, String sourceUrl, Instant capturedAt) {

    public static EvidenceSource named(String originalName) {
        return new EvidenceSource(originalName, null, null);
    }
}
