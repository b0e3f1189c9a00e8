package org.inspectorbench.report;

import java.time.Instant;

/**
 * One image of the evidence appendix with its caption data.
 *
 * @param findingId  the finding the image is attached to
 * @param finding    what the image proves: the item path, rule and site or account ("政府网站/信息公开/动态要闻 细则1")
 * @param note       the inspector's note on the finding, or null
 * @param capturedAt when the screenshot was taken, or null when unknown
 * @param sourceUrl  the page it shows, or null
 * @param sha256     the image's identity in the workspace (of the original bytes, also for a thumbnail)
 * @param imageBytes the bytes to embed: the original image (FULL) or the JPEG thumbnail (THUMBNAILS);
 *                   null when the workspace has no thumbnail for it
 * @param jpeg       whether {@code imageBytes} are a JPEG (embedded as is, without re-encoding)
 * @param width      pixel width of {@code imageBytes}
 * @param height     pixel height of {@code imageBytes}
 */
public record EvidenceEntry(String findingId, String finding, String note, Instant capturedAt, String sourceUrl, String sha256,
                            byte[] imageBytes, boolean jpeg, int width, int height) {
}
