package org.inspectorbench.report;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TableTest {

    /** Rows of different heights over several pages: the header on every page, no row split. */
    @Test
    void rowsAreNeverSplitAndTheHeaderRepeatsOnEveryPage() throws Exception {
        byte[] pdf;
        int rows = 90;
        try (PDDocument doc = new PDDocument()) {
            Typeface face = new Typeface(PdfFonts.regular(doc));
            try (PageFlow flow = new PageFlow(doc, face, face)) {
                flow.newPage();
                Table t = new Table(flow, List.of(new Table.Column("指标列", 100, Table.Align.LEFT),
                        new Table.Column("说明列", flow.width() - 100, Table.Align.LEFT)));
                for (int i = 0; i < rows; i++) {
                    List<Para> cell = new ArrayList<>();
                    for (int line = 0; line <= i % 5; line++) {
                        cell.add(new Para(face, 9, PdfStyle.TEXT, "行" + i + "段" + line + "号"));
                    }
                    if (i % 10 == 0) {
                        t.group(Table.Row.spanning(PdfStyle.GROUP_FILL, List.of(new Para(face, 9, PdfStyle.TEXT, "组" + i + "号"))));
                    }
                    t.add(Table.Row.of(null, List.of(List.of(new Para(face, 9, PdfStyle.TEXT, "项" + i + "号")), cell)));
                }
                t.finish();
            }
            pdf = ScorecardPdf.save(doc);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3, "spans pages: " + pages);
            PDFTextStripper stripper = new PDFTextStripper();
            List<String> pageTexts = new ArrayList<>();
            for (int p = 1; p <= pages; p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                String text = stripper.getText(doc).replaceAll("\\s", "");
                assertTrue(text.contains("指标列说明列"), "header on page " + p);
                pageTexts.add(text);
            }
            for (int i = 0; i < rows; i++) {
                int pageOfItem = pageOf(pageTexts, "项" + i + "号");
                assertTrue(pageOfItem >= 0, "row " + i + " shown");
                for (int line = 0; line <= i % 5; line++) {
                    assertEquals(pageOfItem, pageOf(pageTexts, "行" + i + "段" + line + "号"), "row " + i + " not split");
                }
                if (i % 10 == 0) {
                    assertEquals(pageOfItem, pageOf(pageTexts, "组" + i + "号"), "group row " + i + " kept with its first row");
                }
            }
        }
    }

    private static int pageOf(List<String> pages, String marker) {
        for (int p = 0; p < pages.size(); p++) {
            if (pages.get(p).contains(marker)) {
                return p;
            }
        }
        return -1;
    }
}
