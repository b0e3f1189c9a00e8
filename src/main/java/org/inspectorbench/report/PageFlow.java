package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.awt.Color;
import java.io.IOException;
import java.util.function.IntConsumer;

/**
 * The pages of a document as they fill from top to bottom: the current page and its content
 * stream, the vertical position, and a new page when something does not fit. Drawing helpers take
 * PDF coordinates (origin at the bottom left). Each new page gets the running header from
 * {@code onNewPage} (pages are numbered from 1).
 */
final class PageFlow implements AutoCloseable {

    private final PDDocument doc;
    private final Typeface regular;
    private final Typeface bold;
    private IntConsumer onNewPage = n -> { };
    private PDPageContentStream cs;
    private float y;
    private int pages;

    PageFlow(PDDocument doc, Typeface regular, Typeface bold) {
        this.doc = doc;
        this.regular = regular;
        this.bold = bold;
    }

    void onNewPage(IntConsumer decorate) {
        this.onNewPage = decorate;
    }

    PDDocument document() {
        return doc;
    }

    Typeface regular() {
        return regular;
    }

    Typeface bold() {
        return bold;
    }

    /** The y of the next thing to draw (its top). */
    float y() {
        return y;
    }

    void moveDown(float by) {
        y -= by;
    }

    float left() {
        return PdfStyle.MARGIN_LEFT;
    }

    float width() {
        return PdfStyle.contentWidth();
    }

    /** Room left on this page above the bottom margin. */
    float remaining() {
        return y - PdfStyle.MARGIN_BOTTOM;
    }

    /** The height of a whole empty page's content area (after the running header). */
    float pageHeight() {
        return PdfStyle.PAGE.getHeight() - PdfStyle.MARGIN_TOP - PdfStyle.MARGIN_BOTTOM;
    }

    int pageCount() {
        return pages;
    }

    /** Starts a page when there is none yet or when {@code height} does not fit on this one. */
    boolean ensure(float height) throws IOException {
        if (cs == null || remaining() < height) {
            newPage();
            return true;
        }
        return false;
    }

    void newPage() throws IOException {
        if (cs != null) {
            cs.close();
        }
        PDPage page = new PDPage(PdfStyle.PAGE);
        doc.addPage(page);
        pages++;
        cs = new PDPageContentStream(doc, page);
        y = PdfStyle.PAGE.getHeight() - PdfStyle.MARGIN_TOP;
        onNewPage.accept(pages);
    }

    void text(Typeface face, float size, Color color, float x, float baseline, String text) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(face.font(), size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, baseline);
        cs.showText(text);
        cs.endText();
    }

    void fill(Color color, float x, float yBottom, float w, float h) throws IOException {
        cs.setNonStrokingColor(color);
        cs.addRect(x, yBottom, w, h);
        cs.fill();
    }

    void line(Color color, float width, float x1, float y1, float x2, float y2) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.moveTo(x1, y1);
        cs.lineTo(x2, y2);
        cs.stroke();
    }

    void rect(Color color, float width, float x, float yBottom, float w, float h) throws IOException {
        cs.setStrokingColor(color);
        cs.setLineWidth(width);
        cs.addRect(x, yBottom, w, h);
        cs.stroke();
    }

    void dashedRect(Color color, float width, float x, float yBottom, float w, float h) throws IOException {
        cs.setLineDashPattern(new float[]{3, 2}, 0);
        rect(color, width, x, yBottom, w, h);
        cs.setLineDashPattern(new float[]{}, 0);
    }

    void image(PDImageXObject image, float x, float yBottom, float w, float h) throws IOException {
        cs.drawImage(image, x, yBottom, w, h);
    }

    @Override
    public void close() throws IOException {
        if (cs != null) {
            cs.close();
            cs = null;
        }
    }
}
