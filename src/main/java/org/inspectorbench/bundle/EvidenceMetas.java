package org.inspectorbench.bundle;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.evidence.ImageFormat;
import org.inspectorbench.evidence.Thumbnail;
import org.inspectorbench.evidence.UnsupportedImageException;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.EvidenceMeta;

import java.util.Comparator;
import java.util.Objects;

/** Merging what is known about one image, and its thumbnail on arrival. */
final class EvidenceMetas {

    /**
     * The same bytes attached in two workspaces carry two descriptions (file name, time): keep the
     * earliest added, then the smaller author id — a choice that does not depend on import order.
     */
    private static final Comparator<EvidenceMeta> ORDER = Comparator
            .comparing(EvidenceMeta::addedAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(EvidenceMeta::addedBy, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(m -> Objects.toString(m.originalName(), ""))
            .thenComparing(m -> Objects.toString(m.sourceUrl(), ""))
            .thenComparing(m -> Objects.toString(m.capturedAt(), ""));

    private EvidenceMetas() {
    }

    static EvidenceMeta preferred(EvidenceMeta a, EvidenceMeta b) {
        return ORDER.compare(a, b) < 0 ? a : b;
    }

    /**
     * The thumbnail the bundle carries, after checking the image is of the format it claims; an
     * image without one is decoded here (which also proves it is an image).
     */
    static BundleTx.Thumb thumbnail(EvidenceLine line, byte[] thumb, byte[] image) {
        String sniffed = ImageFormat.sniff(image).map(Enum::name).orElse(null);
        if (sniffed == null || !sniffed.equalsIgnoreCase(line.format())) {
            throw new BundleException(BundleProblem.BAD_RECORDS, "证据不是图片 image " + line.sha256()
                    + " is not a " + line.format() + " image as its metadata says. Ask the bundle's author to"
                    + " export it again. Nothing was imported.");
        }
        if (line.thumbnail() != null && thumb != null) {
            return new BundleTx.Thumb(line.thumbnail().format(), line.thumbnail().width(), line.thumbnail().height(),
                    thumb);
        }
        try {
            Thumbnail t = EvidenceImage.prepare(image, line.sha256()).thumbnail();
            return new BundleTx.Thumb(Thumbnail.FORMAT, t.width(), t.height(), t.jpeg());
        } catch (UnsupportedImageException e) {
            throw new BundleException(BundleProblem.BAD_RECORDS, "证据无法读取 image " + line.sha256()
                    + " cannot be read: " + e.getMessage() + ". Nothing was imported.", e);
        }
    }
}
