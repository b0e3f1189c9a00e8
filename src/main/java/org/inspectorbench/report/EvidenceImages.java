package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Evidence images as PDF image objects, each embedded once per document however many findings
 * show it. JPEGs (every thumbnail, and screenshots taken as JPEG) go in as they are, without
 * re-encoding; PNG, BMP, GIF and WebP are decoded and stored losslessly, so that what the
 * appendix shows is what the inspector attached.
 */
final class EvidenceImages {

    private final PDDocument doc;
    private final Map<String, PDImageXObject> embedded = new HashMap<>();

    EvidenceImages(PDDocument doc) {
        this.doc = doc;
    }

    /** The image, or null when its bytes cannot be decoded (the caption then says so). */
    PDImageXObject of(EvidenceEntry e) {
        if (e.imageBytes() == null) {
            return null;
        }
        String key = e.sha256() + (e.jpeg() ? ":jpeg" : "");
        if (embedded.containsKey(key)) {
            return embedded.get(key);
        }
        PDImageXObject image;
        try {
            image = e.jpeg() ? JPEGFactory.createFromByteArray(doc, e.imageBytes()) : lossless(e.imageBytes());
        } catch (IOException | RuntimeException ex) {
            image = null;
        }
        embedded.put(key, image);
        return image;
    }

    private PDImageXObject lossless(byte[] bytes) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
        if (img == null) {
            return null;
        }
        return LosslessFactory.createFromImage(doc, img);
    }
}
