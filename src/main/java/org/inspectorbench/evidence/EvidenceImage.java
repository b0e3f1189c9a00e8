package org.inspectorbench.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An image checked and ready to be stored: its bytes unchanged, their SHA-256 (the image's
 * identity in the workspace and in bundles), format, pixel size and thumbnail ({@code null} after
 * the quick {@link #check}).
 */
public record EvidenceImage(byte[] bytes, String sha256, ImageFormat format, int width, int height,
                            Thumbnail thumbnail) {

    /**
     * Checks that {@code bytes} are a readable PNG, JPEG, BMP, GIF or WebP image and makes its
     * thumbnail.
     *
     * @param name the file name to put in messages
     * @throws UnsupportedImageException naming the file, for anything else or a damaged image
     */
    public static EvidenceImage prepare(byte[] bytes, String name) throws UnsupportedImageException {
        return prepare(bytes, sha256(bytes), name);
    }

    /** {@link #prepare(byte[], String)} for bytes whose SHA-256 the caller computed already. */
    public static EvidenceImage prepare(byte[] bytes, String sha256, String name) throws UnsupportedImageException {
        ImageDecoder.Decoded decoded = ImageDecoder.decodeForThumbnail(bytes, name, Thumbnail.MAX_SIDE);
        // Decoders are lenient (a truncated JPEG decodes with a grey bottom): check the structure too.
        String problem = ImageStructure.problem(decoded.format(), bytes);
        if (problem != null) {
            throw ImageDecoder.damagedStructure(name, decoded.format(), problem);
        }
        Thumbnail thumb = Thumbnails.of(decoded.image());
        return new EvidenceImage(bytes, sha256, decoded.format(), decoded.width(), decoded.height(), thumb);
    }

    /**
     * The quick check for bulk imports: format by its first bytes, pixel size from the header, and
     * the file's structure whole ({@link ImageStructure}), without decoding pixels. The result has
     * no thumbnail; the store makes it right after the import ({@code Workspace.completeThumbnails}).
     *
     * @throws UnsupportedImageException naming the file, for anything else or a damaged file
     */
    public static EvidenceImage check(byte[] bytes, String name) throws UnsupportedImageException {
        return check(bytes, sha256(bytes), name);
    }

    /**
     * {@link #check(byte[], String)} for bytes whose SHA-256 the caller computed already (hashing
     * 200 KB costs more than the rest of the check). A PNG's or JPEG's pixel size is read by the same
     * walk over its chunks or segments that checks the structure; other formats ask ImageIO.
     */
    public static EvidenceImage check(byte[] bytes, String sha256, String name) throws UnsupportedImageException {
        ImageDecoder.Header h = ImageDecoder.header(bytes, name);
        return new EvidenceImage(bytes, sha256, h.format(), h.width(), h.height(), null);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
