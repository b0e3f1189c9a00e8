package org.inspectorbench.store;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Random;

/** Real image bytes for tests: a screenshot-like picture with a little noise, in any format. */
public final class TestImages {

    /** A 1×1 lossless WebP (ImageIO has no WebP writer; TwelveMonkeys only reads). */
    public static final byte[] WEBP_1X1 = Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private TestImages() {
    }

    public static BufferedImage picture(int w, int h, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(r.nextInt(0xffffff)));
        g.fillRect(0, 0, w, h);
        g.setColor(Color.WHITE);
        g.fillRect(w / 8, h / 8, w * 3 / 4, h * 3 / 4);
        g.dispose();
        for (int i = 0; i < w * h / 50; i++) {
            img.setRGB(r.nextInt(w), r.nextInt(h), r.nextInt(0xffffff));
        }
        return img;
    }

    public static byte[] encode(BufferedImage img, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (!ImageIO.write(img, format, out)) {
                throw new IllegalArgumentException("no writer for " + format);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An uncompressed 24-bit BMP of random pixels: large files quickly (w*h*3 bytes), each seed distinct. */
    public static byte[] bmp(int w, int h, long seed) {
        int row = (w * 3 + 3) / 4 * 4;
        int pixels = row * h;
        java.nio.ByteBuffer b = java.nio.ByteBuffer.allocate(54 + pixels).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        b.put((byte) 'B').put((byte) 'M').putInt(54 + pixels).putInt(0).putInt(54);
        b.putInt(40).putInt(w).putInt(h).putShort((short) 1).putShort((short) 24).putInt(0).putInt(pixels)
                .putInt(2835).putInt(2835).putInt(0).putInt(0);
        byte[] out = b.array();
        byte[] noise = new byte[pixels];
        new Random(seed).nextBytes(noise);
        System.arraycopy(noise, 0, out, 54, pixels);
        return out;
    }

    public static byte[] png(int w, int h, long seed) {
        return encode(picture(w, h, seed), "png");
    }
}
