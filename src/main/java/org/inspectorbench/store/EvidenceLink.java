package org.inspectorbench.store;

import java.time.Instant;

/** The attachment of one image to one finding, versioned like a finding (detaching leaves a tombstone). */
public record EvidenceLink(String findingId, String sha256, int position, String author, Instant addedAt,
                           Revision revision, Revision parent, boolean deleted) {

    public String id() {
        return findingId + "/" + sha256;
    }
}
