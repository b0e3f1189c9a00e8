package org.inspectorbench.report;

import java.awt.Color;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The first page's head: the title and a ruled form of who was inspected, when and by whom. */
final class HeaderSection {

    static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final float LABEL_WIDTH = 64;

    private HeaderSection() {
    }

    static void draw(PageFlow flow, ScorecardHeader h) throws IOException {
        title(flow, h.title(), h.rubric());
        Table form = form(flow);
        form.add(pair(flow, "被检查单位", h.unit(), "单位类别", h.kind()));
        form.add(pair(flow, "考核名称", h.campaign(), "监测时间点", String.valueOf(h.monitoringDate())));
        form.add(pair(flow, "检查人员", h.inspectors().isEmpty() ? "（未分配）" : String.join("、", h.inspectors()),
                "生成时间", GENERATED.format(h.generatedAt())));
        form.add(wide(flow, "政府网站", h.websites().isEmpty() ? "（无）" : numbered(h.websites())));
        form.add(wide(flow, "政务新媒体", h.accounts().isEmpty() ? "（无）" : String.join("；", h.accounts())));
        form.add(wide(flow, "评分依据", h.rubric()));
        form.finish();
        flow.moveDown(12);
    }

    /** The centred title, with the document it scores against in small type under it. */
    static void title(PageFlow flow, String title, String subtitle) throws IOException {
        Typeface bold = flow.bold();
        for (String line : LineBreaker.wrap(title, bold, PdfStyle.TITLE_SIZE, flow.width())) {
            float w = bold.width(line, PdfStyle.TITLE_SIZE);
            flow.moveDown(PdfStyle.TITLE_SIZE * 1.3f);
            flow.text(bold, PdfStyle.TITLE_SIZE, PdfStyle.TEXT, flow.left() + (flow.width() - w) / 2, flow.y(), line);
        }
        flow.moveDown(10);
        if (subtitle != null && !subtitle.isBlank()) {
            Typeface regular = flow.regular();
            for (String line : LineBreaker.wrap(subtitle, regular, PdfStyle.SMALL_SIZE, flow.width())) {
                float w = regular.width(line, PdfStyle.SMALL_SIZE);
                flow.moveDown(PdfStyle.SMALL_SIZE * 1.4f);
                flow.text(regular, PdfStyle.SMALL_SIZE, PdfStyle.MUTED, flow.left() + (flow.width() - w) / 2, flow.y(), line);
            }
            flow.moveDown(8);
        }
    }

    private static String numbered(List<String> items) {
        if (items.size() == 1) {
            return items.get(0);
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add((i + 1) + ". " + items.get(i));
        }
        return String.join("  ", out);
    }

    /** A four-column form: label, value, label, value. */
    static Table form(PageFlow flow) {
        float value = (flow.width() - 2 * LABEL_WIDTH) / 2;
        return new Table(flow, List.of(
                new Table.Column(null, LABEL_WIDTH, Table.Align.CENTER),
                new Table.Column(null, value, Table.Align.LEFT),
                new Table.Column(null, LABEL_WIDTH, Table.Align.CENTER),
                new Table.Column(null, value, Table.Align.LEFT)));
    }

    static Table.Row pair(PageFlow flow, String label1, String value1, String label2, String value2) {
        return new Table.Row(List.of(label(flow, label1), value(flow, value1), label(flow, label2), value(flow, value2)),
                null, null, fills(4));
    }

    static Table.Row wide(PageFlow flow, String label, String value) {
        return new Table.Row(List.of(label(flow, label), value(flow, value)), List.of(1, 3), null, fills(2));
    }

    private static List<Color> fills(int cells) {
        List<Color> fills = new ArrayList<>();
        for (int i = 0; i < cells; i++) {
            fills.add(i % 2 == 0 ? PdfStyle.GROUP_FILL : null);
        }
        return fills;
    }

    static List<Para> label(PageFlow flow, String text) {
        return List.of(new Para(flow.bold(), PdfStyle.BODY_SIZE - 0.5f, PdfStyle.TEXT, text));
    }

    static List<Para> value(PageFlow flow, String text) {
        return List.of(new Para(flow.regular(), PdfStyle.BODY_SIZE - 0.5f, PdfStyle.TEXT, text == null ? "" : text));
    }
}
