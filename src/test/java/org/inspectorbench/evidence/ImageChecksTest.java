package org.inspectorbench.evidence;

import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quick check of bulk imports: whole files pass, truncated or damaged ones are refused by name. */
class ImageChecksTest {

    private static final byte[] WEBP = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private static byte[] encode(String format) throws Exception {
        BufferedImage img = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        Random r = new Random(1);
        for (int i = 0; i < 3000; i++) {
            img.setRGB(r.nextInt(300), r.nextInt(200), r.nextInt(0xffffff));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @Test
    void wholeImagesOfEveryFormatPassWithTheirPixelSize() throws Exception {
        for (String format : new String[] {"png", "jpeg", "bmp", "gif"}) {
            EvidenceImage img = EvidenceImage.check(encode(format), "shot." + format);
            assertEquals(300, img.width(), format);
            assertEquals(200, img.height(), format);
            assertNull(img.thumbnail(), "the quick check makes no thumbnail");
        }
        assertEquals(ImageFormat.WEBP, EvidenceImage.check(WEBP, "x.webp").format());
    }

    @Test
    void truncatedFilesAreRefusedNamingTheFile() throws Exception {
        for (String format : new String[] {"png", "jpeg", "bmp", "gif"}) {
            byte[] whole = encode(format);
            byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 3);
            UnsupportedImageException e = assertThrows(UnsupportedImageException.class,
                    () -> EvidenceImage.check(cut, "cut." + format), format);
            assertTrue(e.getMessage().contains("cut." + format), e.getMessage());
            assertThrows(UnsupportedImageException.class, () -> EvidenceImage.prepare(cut, "cut." + format),
                    "the full decode refuses it too: " + format);
        }
        assertThrows(UnsupportedImageException.class, () -> EvidenceImage.check(Arrays.copyOf(WEBP, 20), "cut.webp"));
    }

    @Test
    void aPngWithADamagedByteFailsItsChunkChecksum() throws Exception {
        byte[] png = encode("png");
        png[png.length / 2] ^= 0x55;
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class, () -> EvidenceImage.check(png, "bad.png"));
        assertTrue(e.getMessage().contains("CRC"), e.getMessage());
    }

    /** Rewrites a PNG's header chunk (IHDR, right after the signature) and its CRC. */
    private static byte[] withHeader(byte[] png, int width, int height, int depth, int colour) {
        byte[] b = png.clone();
        java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
        buf.putInt(16, width).putInt(20, height);
        b[24] = (byte) depth;
        b[25] = (byte) colour;
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(b, 12, 17);
        buf.putInt(29, (int) crc.getValue());
        return b;
    }

    @Test
    void aPngHeaderTheReaderWouldRefuseIsRefusedWithoutAReader() throws Exception {
        byte[] png = encode("png");
        assertEquals(300, EvidenceImage.check(withHeader(png, 300, 200, 8, 2), "same.png").width(),
                "rewriting the header as it was changes nothing");
        UnsupportedImageException depth = assertThrows(UnsupportedImageException.class,
                () -> EvidenceImage.check(withHeader(png, 300, 200, 3, 2), "depth.png"));
        assertTrue(depth.getMessage().contains("depth.png") && depth.getMessage().contains("bit depth 3"),
                depth.getMessage());
        UnsupportedImageException bomb = assertThrows(UnsupportedImageException.class,
                () -> EvidenceImage.check(withHeader(png, 20_000, 20_000, 8, 2), "bomb.png"));
        assertTrue(bomb.getMessage().contains("20000×20000"), bomb.getMessage());
    }

    @Test
    void aJpegsSizeComesFromItsFrameHeaderWhichMustBeWhole() throws Exception {
        byte[] jpeg = encode("jpeg");
        int sof = 2;
        while ((jpeg[sof + 1] & 0xff) != 0xc0) {
            sof += 2 + (((jpeg[sof + 2] & 0xff) << 8) | (jpeg[sof + 3] & 0xff));
        }
        byte[] twelveBit = jpeg.clone();
        twelveBit[sof + 4] = 12;
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class,
                () -> EvidenceImage.check(twelveBit, "deep.jpg"));
        assertTrue(e.getMessage().contains("deep.jpg") && e.getMessage().contains("frame header"), e.getMessage());
        byte[] cut = Arrays.copyOf(jpeg, sof + 7);
        assertThrows(UnsupportedImageException.class, () -> EvidenceImage.check(cut, "cut.jpg"));
    }

    @Test
    void theCallersHashIsKept() throws Exception {
        byte[] png = encode("png");
        assertEquals(EvidenceImage.sha256(png), EvidenceImage.check(png, "x.png").sha256());
        assertEquals("given", EvidenceImage.check(png, "given", "x.png").sha256());
    }

    @Test
    void textAndOtherFilesAreNotImages() {
        UnsupportedImageException e = assertThrows(UnsupportedImageException.class,
                () -> EvidenceImage.check("not an image at all".getBytes(), "notes.png"));
        assertTrue(e.getMessage().contains("notes.png") && e.getMessage().contains("PNG, JPEG, BMP, GIF or WebP"));
    }
}
