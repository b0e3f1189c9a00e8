package org.inspectorbench.store;

/**
 * An evidence image attached to a finding, as a grid shows it: metadata and the thumbnail only
 * (the full image is fetched by hash when opened). {@code thumbnailJpeg} is null for an image
 * whose thumbnail could not be made.
 */
public record EvidenceItem(String findingId, int position, EvidenceMeta meta, byte[] thumbnailJpeg,
                           int thumbnailWidth, int thumbnailHeight) {
}
