package org.inspectorbench.evidence;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Reads images through ImageIO (WebP through TwelveMonkeys' plug-in on the class path). Streams are
 * memory-cached: ImageIO's default copies every stream that is not a file into a temporary file.
 */
final class ImageDecoder {

    /** Larger images are refused: a few bytes of PNG can claim gigapixels (a decompression bomb). */
    static final long MAX_PIXELS = 100_000_000L;

    record Decoded(ImageFormat format, int width, int height, BufferedImage image) {
    }

    record Header(ImageFormat format, int width, int height) {
    }

    private ImageDecoder() {
    }

    /**
     * Format and pixel size from the header, and the whole file's structure checked
     * ({@link ImageStructure}): a PNG's or JPEG's size comes from that walk, the other formats'
     * from their ImageIO reader's header.
     */
    static Header header(byte[] bytes, String name) throws UnsupportedImageException {
        ImageFormat format = sniff(bytes, name);
        ImageStructure.Walk walk = ImageStructure.walk(format, bytes);
        if (walk.problem() != null) {
            throw damagedStructure(name, format, walk.problem());
        }
        if (walk.width() != 0 || walk.height() != 0) {
            checkSize(walk.width(), walk.height(), name);
            return new Header(format, walk.width(), walk.height());
        }
        ImageReader reader = readerFor(format, name);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSize(width, height, name);
            return new Header(format, width, height);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, format, e);
        } finally {
            reader.dispose();
        }
    }

    /** A file that decodes (decoders are lenient) but whose structure is not whole. */
    static UnsupportedImageException damagedStructure(String name, ImageFormat format, String problem) {
        return new UnsupportedImageException("“" + name + "” 图片已损坏 (is a damaged " + format.name()
                + " image: " + problem + "); take the screenshot again");
    }

    private static ImageFormat sniff(byte[] bytes, String name) throws UnsupportedImageException {
        return ImageFormat.sniff(bytes).orElseThrow(() -> new UnsupportedImageException(
                "“" + name + "” 不是支持的图片格式 (is not a PNG, JPEG, BMP, GIF or WebP image): "
                        + "attach a screenshot in one of these formats"));
    }

    private static void checkSize(int width, int height, String name) throws UnsupportedImageException {
        if (width <= 0 || height <= 0 || (long) width * height > MAX_PIXELS) {
            throw new UnsupportedImageException("“" + name + "” 图片尺寸不合理 (has an implausible size "
                    + width + "×" + height + " pixels); attach an ordinary screenshot");
        }
    }

    private static UnsupportedImageException damaged(String name, ImageFormat format, Exception e) {
        return new UnsupportedImageException("“" + name + "” 图片已损坏或无法读取 (is a damaged or unreadable "
                + format.name() + " image: " + e.getMessage() + "); take the screenshot again", e);
    }

    /**
     * Decodes the whole image, reading only every n-th pixel when it is much larger than a
     * thumbnail: the thumbnail looks the same and decoding does far less work.
     */
    static Decoded decodeForThumbnail(byte[] bytes, String name, int side) throws UnsupportedImageException {
        ImageFormat format = sniff(bytes, name);
        ImageReader reader = readerFor(format, name);
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkSize(width, height, name);
            ImageReadParam param = reader.getDefaultReadParam();
            int step = Math.max(1, Math.max(width, height) / (2 * side));
            if (step > 1) {
                param.setSourceSubsampling(step, step, 0, 0);
            }
            BufferedImage image = reader.read(0, param);
            if (image == null) {
                throw new IOException("no image data");
            }
            return new Decoded(format, width, height, image);
        } catch (IOException | RuntimeException e) {
            throw damaged(name, format, e);
        } finally {
            reader.dispose();
        }
    }

    private static ImageReader readerFor(ImageFormat format, String name) throws UnsupportedImageException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName());
        if (!readers.hasNext()) {
            throw new UnsupportedImageException("“" + name + "”: 本程序缺少 " + format.name()
                    + " 解码器 (no decoder for " + format.name() + " is installed)");
        }
        return readers.next();
    }
}
