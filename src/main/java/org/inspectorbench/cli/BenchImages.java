package org.inspectorbench.cli;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.CRC32;

/**
 * Screenshot-like benchmark images that really weigh ~200 KB: a page layout (header, columns,
 * text lines) with a noisy photo area sized so the encoded file reaches the target. A few base
 * images are encoded; each benchmark image is a base image made unique by a metadata block (a PNG
 * tEXt chunk, a JPEG COM segment), so that every file is a distinct, valid, full-size image.
 */
final class BenchImages {

    static final int WIDTH = 1280;
    static final int HEIGHT = 800;

    private BenchImages() {
    }

    /** A base image of about {@code targetBytes}, PNG or JPEG. */
    static byte[] base(boolean png, int targetBytes, long seed) {
        int lo = 8;
        int hi = HEIGHT - 100;
        byte[] best = null;
        for (int step = 0; step < 8; step++) {
            int noise = (lo + hi) / 2;
            byte[] b = encode(picture(noise, seed), png);
            best = b;
            if (Math.abs(b.length - targetBytes) < targetBytes / 20) {
                break;
            }
            if (b.length < targetBytes) {
                lo = noise;
            } else {
                hi = noise;
            }
        }
        return best;
    }

    private static BufferedImage picture(int noiseRows, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0xf4f6f9));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xb0, 0x1c, 0x1c));
        g.fillRect(0, 0, WIDTH, 90);
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 28));
        g.drawString("Government portal " + seed, 40, 58);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        g.setColor(new Color(0x33, 0x33, 0x33));
        for (int y = 130; y < HEIGHT - 20; y += 22) {
            g.drawString("2022-11-" + (1 + r.nextInt(25)) + "  notice " + r.nextInt(100000) + " ........", 860, y);
        }
        g.dispose();
        // The photo area: noise does not compress, so its size sets the file size.
        for (int y = 110; y < 110 + noiseRows && y < HEIGHT; y++) {
            for (int x = 40; x < 820; x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        return img;
    }

    private static byte[] encode(BufferedImage img, boolean png) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
            if (png) {
                ImageIO.write(img, "png", out);
                return out.toByteArray();
            }
            ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
                w.setOutput(ios);
                ImageWriteParam p = w.getDefaultWriteParam();
                p.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                p.setCompressionQuality(0.85f);
                w.write(null, new IIOImage(img, null, null), p);
            } finally {
                w.dispose();
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The base image with a unique marker: a tEXt chunk after IHDR (PNG) or a COM segment after SOI (JPEG). */
    static byte[] unique(byte[] base, boolean png, int n) {
        byte[] text = ("bench image " + n).getBytes(StandardCharsets.US_ASCII);
        if (png) {
            int ihdrEnd = 8 + 8 + 13 + 4;
            byte[] data = new byte[8 + text.length];
            System.arraycopy("Comment\0".getBytes(StandardCharsets.US_ASCII), 0, data, 0, 8);
            System.arraycopy(text, 0, data, 8, text.length);
            CRC32 crc = new CRC32();
            crc.update("tEXt".getBytes(StandardCharsets.US_ASCII));
            crc.update(data);
            ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
            chunk.putInt(data.length).put("tEXt".getBytes(StandardCharsets.US_ASCII)).put(data).putInt((int) crc.getValue());
            return splice(base, ihdrEnd, chunk.array());
        }
        ByteBuffer com = ByteBuffer.allocate(4 + text.length);
        com.put((byte) 0xff).put((byte) 0xfe).putShort((short) (2 + text.length)).put(text);
        return splice(base, 2, com.array());
    }

    private static byte[] splice(byte[] base, int at, byte[] insert) {
        byte[] out = new byte[base.length + insert.length];
        System.arraycopy(base, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(base, at, out, at + insert.length, base.length - at);
        return out;
    }
}
