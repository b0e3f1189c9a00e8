package org.inspectorbench.evidence;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32;

/**
 * Checks that an image file is whole without decoding its pixels (a fraction of a millisecond
 * instead of 5-15 ms): PNG chunks with their CRCs up to IEND, a JPEG's SOI, frame header, scan and
 * EOI, a GIF's trailer, a BMP's and a WebP's declared sizes. A text file called .png, a truncated
 * download or a PNG with damaged data fails here; the thumbnail made after the import decodes it
 * fully. On the way it reads a PNG's size from its header chunk (IHDR) and a JPEG's from its frame
 * header (SOF), so that a bulk import needs no image reader for them.
 */
final class ImageStructure {

    /**
     * What the walk found: {@code problem} null when the file is whole, else what is wrong;
     * {@code width} and {@code height} the pixel size a PNG's or JPEG's header declares, 0 for the
     * other formats (and when there is a problem).
     */
    record Walk(String problem, int width, int height) {

        static Walk bad(String problem) {
            return new Walk(problem, 0, 0);
        }
    }

    private static final Walk WHOLE = new Walk(null, 0, 0);

    private ImageStructure() {
    }

    /** Returns null when whole, else what is wrong. */
    static String problem(ImageFormat format, byte[] b) {
        return walk(format, b).problem();
    }

    static Walk walk(ImageFormat format, byte[] b) {
        return switch (format) {
            case PNG -> png(b);
            case JPEG -> jpeg(b);
            case GIF -> b[b.length - 1] == 0x3b ? WHOLE : Walk.bad("the file ends before the GIF trailer (truncated)");
            case BMP -> problemOnly(bmp(b));
            case WEBP -> problemOnly(webp(b));
        };
    }

    private static Walk problemOnly(String problem) {
        return problem == null ? WHOLE : Walk.bad(problem);
    }

    private static Walk png(byte[] b) {
        ByteBuffer buf = ByteBuffer.wrap(b);
        int pos = 8;
        boolean first = true;
        int width = 0;
        int height = 0;
        CRC32 crc = new CRC32();
        while (pos + 12 <= b.length) {
            long length = Integer.toUnsignedLong(buf.getInt(pos));
            if (pos + 12 + length > b.length) {
                return Walk.bad("a PNG chunk runs past the end of the file (truncated)");
            }
            String type = new String(b, pos + 4, 4, java.nio.charset.StandardCharsets.US_ASCII);
            if (first) {
                if (!type.equals("IHDR")) {
                    return Walk.bad("the PNG does not start with its header chunk");
                }
                String header = pngHeader(b, pos + 8, (int) length);
                if (header != null) {
                    return Walk.bad(header);
                }
                width = buf.getInt(pos + 8);
                height = buf.getInt(pos + 12);
            }
            first = false;
            crc.reset();
            crc.update(b, pos + 4, 4 + (int) length);
            if ((int) crc.getValue() != buf.getInt(pos + 8 + (int) length)) {
                return Walk.bad("the PNG chunk " + type + " is damaged (CRC mismatch)");
            }
            if (type.equals("IEND")) {
                return new Walk(null, width, height);
            }
            pos += 12 + (int) length;
        }
        return Walk.bad("the file ends before the PNG's end chunk (truncated)");
    }

    /** What ImageIO's PNG reader refuses in the header chunk (IHDR) besides the size; null when valid. */
    private static String pngHeader(byte[] b, int at, int length) {
        if (length != 13) {
            return "the PNG's header chunk has the wrong length";
        }
        int depth = b[at + 8] & 0xff;
        int colour = b[at + 9] & 0xff;
        boolean valid = switch (colour) {
            case 0 -> depth == 1 || depth == 2 || depth == 4 || depth == 8 || depth == 16;
            case 3 -> depth == 1 || depth == 2 || depth == 4 || depth == 8;
            case 2, 4, 6 -> depth == 8 || depth == 16;
            default -> false;
        };
        if (!valid) {
            return "the PNG's header declares bit depth " + depth + " with colour type " + colour;
        }
        if (b[at + 10] != 0 || b[at + 11] != 0 || (b[at + 12] != 0 && b[at + 12] != 1)) {
            return "the PNG's header declares an unknown compression, filter or interlace method";
        }
        return null;
    }

    private static Walk jpeg(byte[] b) {
        int pos = 2;
        boolean frame = false;
        int width = 0;
        int height = 0;
        while (pos + 4 <= b.length) {
            if ((b[pos] & 0xff) != 0xff) {
                return Walk.bad("the JPEG's segments are damaged");
            }
            int marker = b[pos + 1] & 0xff;
            if (marker == 0xff) {
                pos++;
                continue;
            }
            int length = ((b[pos + 2] & 0xff) << 8) | (b[pos + 3] & 0xff);
            if (marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc && !frame) {
                frame = true;
                // SOFn: length, precision, height, width, component count, 3 bytes per component.
                if (pos + 2 + length > b.length || length < 8) {
                    return Walk.bad("the file ends inside the JPEG's frame header (truncated)");
                }
                int components = b[pos + 9] & 0xff;
                if ((b[pos + 4] & 0xff) != 8 || components < 1 || components > 10 || length != 8 + 3 * components) {
                    return Walk.bad("the JPEG's frame header is damaged or not an 8-bit image");
                }
                height = ((b[pos + 5] & 0xff) << 8) | (b[pos + 6] & 0xff);
                width = ((b[pos + 7] & 0xff) << 8) | (b[pos + 8] & 0xff);
            }
            if (marker == 0xda) {
                if (!frame) {
                    return Walk.bad("the JPEG has no frame header");
                }
                for (int i = b.length - 2; i > pos && i >= b.length - 4096; i--) {
                    if ((b[i] & 0xff) == 0xff && (b[i + 1] & 0xff) == 0xd9) {
                        return new Walk(null, width, height);
                    }
                }
                return Walk.bad("the file ends before the JPEG's end marker (truncated)");
            }
            pos += 2 + length;
        }
        return Walk.bad("the file ends before the JPEG's image data (truncated)");
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
