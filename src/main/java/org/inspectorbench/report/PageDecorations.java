package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

import java.io.IOException;

/**
 * What every page carries besides its content: a running header on the pages after the first
 * (title and unit, so that a loose page still says what it belongs to) and the footer
 * "第 x 页 共 y 页", which is drawn once the page count is known (a second pass over the pages).
 */
final class PageDecorations {

    private static final float FOOTER_SIZE = 8;

    private PageDecorations() {
    }

    static void runningHeader(PageFlow flow, int page, String left, String right) throws IOException {
        if (page == 1) {
            return;
        }
        Typeface face = flow.regular();
        float size = PdfStyle.SMALL_SIZE;
        float baseline = PdfStyle.RUNNING_HEADER_BASELINE;
        String l = face.printable(left);
        String r = face.printable(right);
        flow.text(face, size, PdfStyle.MUTED, flow.left(), baseline, l);
        flow.text(face, size, PdfStyle.MUTED, flow.left() + flow.width() - face.width(r, size), baseline, r);
        flow.line(PdfStyle.MUTED, 0.4f, flow.left(), baseline - 4, flow.left() + flow.width(), baseline - 4);
    }

    /** Adds "第 x 页 共 y 页" (and {@code left}, small, at the left margin) to every page. */
    static void footers(PDDocument doc, Typeface face, String left) throws IOException {
        int total = doc.getNumberOfPages();
        String leftText = face.printable(left);
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            String number = "第 " + (i + 1) + " 页 共 " + total + " 页";
            float width = face.width(number, FOOTER_SIZE);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND,
                    true, true)) {
                cs.setNonStrokingColor(PdfStyle.TEXT);
                cs.beginText();
                cs.setFont(face.font(), FOOTER_SIZE);
                cs.newLineAtOffset((PdfStyle.PAGE.getWidth() - width) / 2, PdfStyle.FOOTER_BASELINE);
                cs.showText(number);
                cs.endText();
                if (!leftText.isEmpty()) {
                    cs.setNonStrokingColor(PdfStyle.MUTED);
                    cs.beginText();
                    cs.setFont(face.font(), PdfStyle.SMALL_SIZE - 0.5f);
                    cs.newLineAtOffset(PdfStyle.MARGIN_LEFT, PdfStyle.FOOTER_BASELINE);
                    cs.showText(leftText);
                    cs.endText();
                }
            }
        }
    }
}
