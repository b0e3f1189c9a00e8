package org.inspectorbench.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a test reads back from a PDF with PDFBox: text per page, fonts, images. */
record PdfInspection(int pages, List<String> pageTexts, Map<String, PDFontFacts> fonts, int images) {

    record PDFontFacts(String name, boolean type0, boolean embedded) {
    }

    /** All the text with whitespace removed (wrapped lines joined), for "contains" checks. */
    String compactText() {
        return String.join("", pageTexts).replaceAll("\\s", "");
    }

    String text() {
        return String.join("\n", pageTexts);
    }

    static PdfInspection of(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> texts = new ArrayList<>();
            Map<String, PDFontFacts> fonts = new LinkedHashMap<>();
            int images = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                texts.add(stripper.getText(doc));
                PDPage page = doc.getPage(p - 1);
                PDResources res = page.getResources();
                for (COSName n : res.getFontNames()) {
                    PDFont f = res.getFont(n);
                    boolean embedded = f instanceof PDType0Font t0
                            ? t0.getDescendantFont().getFontDescriptor().getFontFile2() != null
                            : f.isEmbedded();
                    fonts.put(f.getName(), new PDFontFacts(f.getName(), f instanceof PDType0Font, embedded));
                }
                for (COSName n : res.getXObjectNames()) {
                    PDXObject x = res.getXObject(n);
                    if (x instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return new PdfInspection(doc.getNumberOfPages(), texts, fonts, images);
        }
    }
}
