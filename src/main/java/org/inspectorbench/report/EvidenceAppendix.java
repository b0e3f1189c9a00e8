package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

import java.io.IOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * "附件 证据材料": every evidence image with its caption (figure number, the finding it proves,
 * capture time, source URL, SHA-256 of the original). Thumbnails sit beside their captions; full
 * images take the page width with the caption under them. An image and its caption never part.
 */
final class EvidenceAppendix {

    private static final DateTimeFormatter CAPTURED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss（'UTC'xxx）");
    private static final float THUMB_BOX = 150;
    private static final float FULL_MAX_HEIGHT = 430;
    private static final float GAP = 10;

    private EvidenceAppendix() {
    }

    static void draw(PageFlow flow, Scorecard card, ZoneId zone) throws IOException {
        if (card.evidenceMode() == EvidenceMode.NONE) {
            return;
        }
        Headings.section(flow, "附件  证据材料" + (card.evidenceMode() == EvidenceMode.THUMBNAILS ? "（缩略图）" : ""), 60);
        if (card.evidence().isEmpty()) {
            paragraph(flow, new Para(flow.regular(), PdfStyle.BODY_SIZE, PdfStyle.MUTED, "本单位的检查记录未附证据截图。"));
            flow.moveDown(8);
            return;
        }
        EvidenceImages images = new EvidenceImages(flow.document());
        int n = 0;
        for (EvidenceEntry e : card.evidence()) {
            n++;
            if (card.evidenceMode() == EvidenceMode.THUMBNAILS) {
                beside(flow, images.of(e), caption(flow, n, e, zone));
            } else {
                below(flow, images.of(e), caption(flow, n, e, zone));
            }
        }
    }

    private static List<Para> caption(PageFlow flow, int n, EvidenceEntry e, ZoneId zone) {
        float size = PdfStyle.TABLE_SIZE;
        List<Para> out = new ArrayList<>();
        out.add(new Para(flow.bold(), size, PdfStyle.TEXT, "图 " + n + "  " + e.finding()));
        if (e.note() != null && !e.note().isBlank()) {
            out.add(new Para(flow.regular(), size, PdfStyle.NOTE, "检查记录：" + e.note().strip()));
        }
        out.add(new Para(flow.regular(), size, PdfStyle.TEXT, "截图时间：" + (e.capturedAt() == null ? "未记录"
                : CAPTURED.format(e.capturedAt().atZone(zone)))));
        out.add(new Para(flow.regular(), size, PdfStyle.TEXT, "来源网址：" + (e.sourceUrl() == null || e.sourceUrl().isBlank()
                ? "未记录" : e.sourceUrl())));
        out.add(new Para(flow.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED, "SHA-256：" + e.sha256()));
        if (e.imageBytes() == null) {
            out.add(new Para(flow.regular(), size, PdfStyle.FAIL, "（工作区中没有此图片的缩略图）"));
        }
        return out;
    }

    /** Thumbnail on the left, caption on the right. */
    private static void beside(PageFlow flow, PDImageXObject image, List<Para> caption) throws IOException {
        float textX = THUMB_BOX + GAP;
        float textWidth = flow.width() - textX;
        List<Para.Line> lines = lines(caption, textWidth);
        float[] size = fit(image, THUMB_BOX, THUMB_BOX);
        float height = Math.max(size[1], Para.height(lines)) + GAP;
        flow.ensure(height);
        float top = flow.y();
        drawImage(flow, image, flow.left(), top, size, THUMB_BOX);
        drawLines(flow, lines, flow.left() + textX, top);
        flow.moveDown(height);
    }

    /** Image across the page, caption under it. */
    private static void below(PageFlow flow, PDImageXObject image, List<Para> caption) throws IOException {
        List<Para.Line> lines = lines(caption, flow.width());
        float[] size = fit(image, flow.width(), FULL_MAX_HEIGHT);
        float height = size[1] + 6 + Para.height(lines) + GAP * 1.5f;
        flow.ensure(height);
        float top = flow.y();
        drawImage(flow, image, flow.left() + (flow.width() - size[0]) / 2, top, size, size[0]);
        drawLines(flow, lines, flow.left(), top - size[1] - 6);
        flow.moveDown(height);
    }

    /** Scales an image to fit a box, never enlarging a small one beyond its pixel size (at 96 dpi). */
    private static float[] fit(PDImageXObject image, float maxW, float maxH) {
        if (image == null) {
            return new float[]{Math.min(maxW, 120), 40};
        }
        float w = image.getWidth() * 0.75f;
        float h = image.getHeight() * 0.75f;
        float scale = Math.min(1f, Math.min(maxW / w, maxH / h));
        return new float[]{w * scale, h * scale};
    }

    private static void drawImage(PageFlow flow, PDImageXObject image, float x, float top, float[] size, float box)
            throws IOException {
        if (image == null) {
            flow.dashedRect(PdfStyle.MUTED, 0.5f, x, top - size[1], size[0], size[1]);
            flow.text(flow.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED, x + 6, top - size[1] / 2 - 3, "图片无法显示");
            return;
        }
        flow.image(image, x, top - size[1], size[0], size[1]);
        flow.rect(PdfStyle.MUTED, 0.4f, x, top - size[1], size[0], size[1]);
    }

    private static List<Para.Line> lines(List<Para> paras, float width) {
        List<Para.Line> lines = new ArrayList<>();
        for (Para p : paras) {
            lines.addAll(p.lines(width));
        }
        return lines;
    }

    private static void drawLines(PageFlow flow, List<Para.Line> lines, float x, float top) throws IOException {
        float y = top;
        for (Para.Line line : lines) {
            y -= line.gapBefore();
            Para p = line.para();
            flow.text(p.face(), p.size(), p.color(), x + p.indent(), y - PdfStyle.baselineOffset(p.size(), line.height()),
                    line.text());
            y -= line.height();
        }
    }

    /** A paragraph of body text at the current position. */
    static void paragraph(PageFlow flow, Para para) throws IOException {
        List<Para.Line> lines = para.lines(flow.width());
        flow.ensure(Para.height(lines));
        drawLines(flow, lines, flow.left(), flow.y());
        flow.moveDown(Para.height(lines));
    }
}
