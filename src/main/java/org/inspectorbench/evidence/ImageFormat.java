package org.inspectorbench.evidence;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The image formats a screenshot comes in. Recognised by the file's first bytes, never by its
 * name: a text file called shot.png is not an image.
 */
public enum ImageFormat {
    PNG("png", "image/png"),
    JPEG("jpeg", "image/jpeg"),
    BMP("bmp", "image/bmp"),
    GIF("gif", "image/gif"),
    WEBP("webp", "image/webp");

    private final String readerName;
    private final String mimeType;

    ImageFormat(String readerName, String mimeType) {
        this.readerName = readerName;
        this.mimeType = mimeType;
    }

    /** The ImageIO format name of the reader that decodes it. */
    public String readerName() {
        return readerName;
    }

    public String mimeType() {
        return mimeType;
    }

    public static Optional<ImageFormat> sniff(byte[] b) {
        if (startsWith(b, 0, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return Optional.of(PNG);
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return Optional.of(JPEG);
        }
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            return Optional.of(GIF);
        }
        if (startsWith(b, 0, ascii("BM")) && b.length >= 26) {
            return Optional.of(BMP);
        }
        if (startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] b, int at, byte[] prefix) {
        if (b.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
