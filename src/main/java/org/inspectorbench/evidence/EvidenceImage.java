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
        ImageDecoder.Decoded decoded = ImageDecoder.decodeForThumbnail(bytes, name, Thumbnail.MAX_SIDE);
        // Decoders are lenient (a truncated JPEG decodes with a grey bottom): check the structure too.
        String problem = ImageStructure.problem(decoded.format(), bytes);
        if (problem != null) {
            throw new UnsupportedImageException("“" + name + "” 图片已损坏 (is a damaged " + decoded.format().name()
                    + " image: " + problem + "); take the screenshot again");
        }
        Thumbnail thumb = Thumbnails.of(decoded.image());
        return new EvidenceImage(bytes, sha256(bytes), decoded.format(), decoded.width(), decoded.height(), thumb);
    }

    /**
     * The quick check for bulk imports: format by its first bytes, pixel size from the header, and
     * the file's structure whole ({@link ImageStructure}), without decoding pixels. The result has
     * no thumbnail; the store makes it right after the import ({@code Workspace.completeThumbnails}).
     *
     * @throws UnsupportedImageException naming the file, for anything else or a damaged file
     */
    public static EvidenceImage check(byte[] bytes, String name) throws UnsupportedImageException {
        ImageDecoder.Header h = ImageDecoder.header(bytes, name);
        String problem = ImageStructure.problem(h.format(), bytes);
        if (problem != null) {
            throw new UnsupportedImageException("“" + name + "” 图片已损坏 (is a damaged " + h.format().name()
                    + " image: " + problem + "); take the screenshot again");
        }
        return new EvidenceImage(bytes, sha256(bytes), h.format(), h.width(), h.height(), null);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
