package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one unit's scorecard: header, 评分结果, 评分明细, the evidence appendix and the
 * signature block, then the page numbers. Text is real text in the embedded, subset Noto Sans SC
 * (extractable, searchable); nothing is drawn as an image but the evidence.
 */
public final class ScorecardPdf {

    static final String STATEMENT = "本评分表经检查人员核对确认；电子签名后，对文件的任何改动都会使签名失效。";

    private ScorecardPdf() {
    }

    public static RenderedPdf render(Scorecard card) throws IOException {
        return render(card, true);
    }

    /** {@code subset} false embeds the whole font: only for measuring what subsetting saves. */
    static RenderedPdf render(Scorecard card, boolean subset) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont regularFont = subset ? PdfFonts.regular(doc) : PdfFonts.regularFullyEmbedded(doc);
            PDFont boldFont = subset ? PdfFonts.bold(doc) : regularFont;
            Typeface regular = new Typeface(regularFont);
            Typeface bold = new Typeface(boldFont);
            ScorecardHeader h = card.header();
            SignatureSpot spot;
            try (PageFlow flow = new PageFlow(doc, regular, bold)) {
                flow.onNewPage(n -> {
                    try {
                        PageDecorations.runningHeader(flow, n, h.title(), h.unit());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                flow.newPage();
                HeaderSection.draw(flow, h);
                SummarySection.draw(flow, card);
                ItemTableSection.draw(flow, card, figures(card));
                EvidenceAppendix.draw(flow, card, h.generatedAt().getZone());
                spot = SignatureBlock.draw(flow, STATEMENT, "检查人员（签名）", "复核人员（会签）");
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
            PageDecorations.footers(doc, regular, h.unit() + " · 生成于 " + HeaderSection.GENERATED.format(h.generatedAt()));
            describe(doc, h.title() + " — " + h.unit(), h);
            return new RenderedPdf(save(doc), doc.getNumberOfPages(), spot);
        }
    }

    /** Figure numbers of each finding's images, for "见附图 3" in the item table. */
    private static Map<String, List<Integer>> figures(Scorecard card) {
        Map<String, List<Integer>> figures = new HashMap<>();
        if (card.evidenceMode() == EvidenceMode.NONE) {
            return figures;
        }
        int n = 0;
        for (EvidenceEntry e : card.evidence()) {
            n++;
            figures.computeIfAbsent(e.findingId(), k -> new ArrayList<>()).add(n);
        }
        return figures;
    }

    static void describe(PDDocument doc, String title, ScorecardHeader h) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(title);
        info.setSubject(h.campaign());
        info.setAuthor(String.join("、", h.inspectors()));
        info.setCreator("Inspector Workbench 政务公开检查考核工作台");
        info.setProducer("Inspector Workbench (Apache PDFBox)");
        info.setCreationDate(GregorianCalendar.from(h.generatedAt()));
        doc.getDocumentCatalog().setLanguage("zh-CN");
    }

    static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        doc.save(out);
        return out.toByteArray();
    }
}
