package org.inspectorbench.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An image checked and ready to be stored: its bytes unchanged, their SHA-256 (the image's
 * identity in the workspace and in bundles), format, pixel size and thumbnail.
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
        Thumbnail thumb = Thumbnails.of(decoded.image());
        return new EvidenceImage(bytes, sha256(bytes), decoded.format(), decoded.width(), decoded.height(), thumb);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
