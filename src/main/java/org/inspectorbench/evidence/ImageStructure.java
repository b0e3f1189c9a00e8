package org.inspectorbench.evidence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;

/**
 * Checks that an image file is whole without decoding its pixels (a fraction of a millisecond
 * instead of 5-15 ms): PNG chunks with their CRCs up to IEND, a JPEG's SOI, frame header, scan and
 * EOI, a GIF's trailer, a BMP's and a WebP's declared sizes. A text file called .png, a truncated
 * download or a PNG with damaged data fails here; the thumbnail made after the import decodes it
 * fully.
 */
final class ImageStructure {

    private ImageStructure() {
    }

    /** Returns null when whole, else what is wrong. */
    static String problem(ImageFormat format, byte[] b) {
        return switch (format) {
            case PNG -> png(b);
            case JPEG -> jpeg(b);
            case GIF -> b[b.length - 1] == 0x3b ? null : "the file ends before the GIF trailer (truncated)";
            case BMP -> bmp(b);
            case WEBP -> webp(b);
        };
    }

    private static String png(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b);
        int pos = 8;
        boolean first = true;
        CRC32 crc = new CRC32();
        while (pos + 12 <= b.length) {
            long length = Integer.toUnsignedLong(buf.getInt(pos));
            if (pos + 12 + length > b.length) {
                return "a PNG chunk runs past the end of the file (truncated)";
            }
            String type = new String(b, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (first && !type.equals("IHDR")) {
                return "the PNG does not start with its header chunk";
            }
            first = false;
            crc.reset();
            crc.update(b, pos + 4, 4 + (int) length);
            if ((int) crc.getValue() != buf.getInt(pos + 8 + (int) length)) {
                return "the PNG chunk " + type + " is damaged (CRC mismatch)";
            }
            if (type.equals("IEND")) {
                return null;
            }
            pos += 12 + (int) length;
        }
        return "the file ends before the PNG's end chunk (truncated)";
    }

    private static String jpeg(byte[] b) {
        int pos = 2;
        boolean frame = false;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xff) != 0xff) {
                return "the JPEG's segments are damaged";
            }
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xff) {
                pos++;
                continue;
            }
            int length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc) {
                frame = true;
            }
            if (marker == 0xda) {
                if (!frame) {
                    return "the JPEG has no frame header";
                }
                for (int i = b.length - 2; i > pos && i >= b.length - 4096; i--) {
                    if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
                        return null;
                    }
                }
                return "the file ends before the JPEG's end marker (truncated)";
            }
            pos += 2 + length;
        }
        return "the file ends before the JPEG's image data (truncated)";
    }

    private static String bmp(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        long declared = Integer.toUnsignedLong(buf.getInt(2));
        long offset = Integer.toUnsignedLong(buf.getInt(10));
        if (offset >= b.length || (declared != 0 && declared > b.length)) {
            return "the BMP is shorter than its header says (truncated)";
        }
        return null;
    }

    private static String webp(byte[] b) {
        long declared = Integer.toUnsignedLong(ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).getInt(4)) + 8;
        return declared > b.length ? "the WebP is shorter than its header says (truncated)" : null;
    }
}
