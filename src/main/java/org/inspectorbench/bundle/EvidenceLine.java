package org.inspectorbench.bundle;

import org.inspectorbench.store.EvidenceMeta;

import java.time.Instant;

/**
 * One line of records/evidence.jsonl: what is known about one image (its bytes are
 * evidence/&lt;sha256&gt;, its thumbnail thumbs/&lt;sha256&gt; when {@code thumbnail} is given).
 */
record EvidenceLine(String sha256, String format, int width, int height, long byteSize, String originalName,
                    String sourceUrl, Instant capturedAt, Instant addedAt, String addedBy, Thumbnail thumbnail) {

    /** The thumbnail's format and pixel size (the bytes are the thumbs/ entry). */
    record Thumbnail(String format, int width, int height) {
    }

    static EvidenceLine of(EvidenceMeta m, Thumbnail thumb) {
        return new EvidenceLine(m.sha256(), m.format(), m.width(), m.height(), m.byteSize(), m.originalName(),
                m.sourceUrl(), m.capturedAt(), m.addedAt(), m.addedBy(), thumb);
    }

    EvidenceMeta meta() {
        return new EvidenceMeta(sha256, format, width, height, byteSize, originalName, sourceUrl, capturedAt, addedAt,
                addedBy);
    }
}
