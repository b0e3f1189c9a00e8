package org.inspectorbench.report;

import java.io.IOException;

/** Section headings ("一、评分结果"): kept on the page of what follows them. */
final class Headings {

    private Headings() {
    }

    /** Draws {@code text} as a heading, first starting a page if less than {@code keepWith} points would follow it. */
    static void section(PageFlow flow, String text, float keepWith) throws IOException {
        float height = PdfStyle.HEADING_SIZE * 1.6f;
        flow.ensure(height + keepWith);
        flow.moveDown(height);
        flow.text(flow.bold(), PdfStyle.HEADING_SIZE, PdfStyle.TEXT, flow.left(), flow.y() + PdfStyle.HEADING_SIZE * 0.35f,
                flow.bold().printable(text));
        flow.moveDown(4);
    }
}
