package org.inspectorbench.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfFontsTest {

    private static final String TEXT = "绵阳市政务公开检查考核评分表 总分 92.5";

    @Test
    void fontsAreEmbeddedSubsetAndTheTextExtractsBack() throws Exception {
        byte[] pdf = page(TEXT);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<String> names = new ArrayList<>();
            for (var name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                names.add(font.getName());
            }
            assertEquals(2, names.size(), names.toString());
            assertTrue(names.stream().allMatch(n -> n.matches("[A-Z]{6}\\+NotoSansSC-(Regular|Bold)")), names.toString());
            assertEquals(TEXT + "\n" + TEXT, new PDFTextStripper().getText(doc).strip().replace("\r", ""));
        }
        // A page of Chinese in a subset of a ~10 MB font: a few KB.
        assertTrue(pdf.length < 40_000, "subset PDF is " + pdf.length + " bytes");
    }

    @Test
    void severalThreadsCanBuildDocumentsAtOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String text = "第 " + i + " 页 共 8 页 绵阳市";
                results.add(pool.submit(() -> {
                    try (PDDocument doc = Loader.loadPDF(page(text))) {
                        return new PDFTextStripper().getText(doc).lines().findFirst().orElse("");
                    }
                }));
            }
            for (int i = 0; i < results.size(); i++) {
                assertEquals("第 " + i + " 页 共 8 页 绵阳市", results.get(i).get().strip());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] page(String text) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(PdfFonts.bold(doc), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText(text);
                cs.setFont(PdfFonts.regular(doc), 11);
                cs.newLineAtOffset(0, -20);
                cs.showText(text);
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
