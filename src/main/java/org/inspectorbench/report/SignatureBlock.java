package org.inspectorbench.report;

import java.io.IOException;

/**
 * The signature area at the foot of the last page: the inspector's box at the bottom right and the
 * reviewer's (会签) box beside it on the left. The boxes sit exactly where the signer puts
 * signatures by default (bottom right, 36 pt from the edges, 220 × 76 pt, the next one 8 pt to the
 * left), so a countersignature made later without coordinates lands in the reviewer's box.
 */
final class SignatureBlock {

    static final float BOX_WIDTH = 220;
    static final float BOX_HEIGHT = 76;
    static final float EDGE = 36;
    static final float GAP = 8;
    private static final float LABEL_SPACE = 16;
    private static final float STATEMENT_SPACE = 20;

    private SignatureBlock() {
    }

    /** The top of the block: content on the last page must end above it. */
    static float top() {
        return EDGE + BOX_HEIGHT + LABEL_SPACE + STATEMENT_SPACE;
    }

    /** Draws the block on the last page (a new page when the content reaches too far down) and returns the inspector's box. */
    static SignatureSpot draw(PageFlow flow, String statement, String signerLabel, String reviewerLabel)
            throws IOException {
        if (flow.y() - 6 < top()) {
            flow.newPage();
        }
        float inspectorX = PdfStyle.PAGE.getWidth() - EDGE - BOX_WIDTH;
        float reviewerX = inspectorX - GAP - BOX_WIDTH;
        Typeface regular = flow.regular();
        Typeface bold = flow.bold();
        float statementY = EDGE + BOX_HEIGHT + LABEL_SPACE + 6;
        flow.line(PdfStyle.MUTED, 0.4f, flow.left(), top(), flow.left() + flow.width(), top());
        flow.text(regular, PdfStyle.TABLE_SIZE, PdfStyle.TEXT, flow.left(), statementY, regular.printable(statement));
        box(flow, bold, regular, reviewerX, reviewerLabel);
        box(flow, bold, regular, inspectorX, signerLabel);
        return new SignatureSpot(flow.pageCount(), inspectorX, EDGE, BOX_WIDTH, BOX_HEIGHT);
    }

    private static void box(PageFlow flow, Typeface bold, Typeface regular, float x, String label) throws IOException {
        flow.text(bold, PdfStyle.TABLE_SIZE, PdfStyle.TEXT, x, EDGE + BOX_HEIGHT + 5, label);
        flow.dashedRect(PdfStyle.MUTED, 0.5f, x, EDGE, BOX_WIDTH, BOX_HEIGHT);
        String waiting = "（待签名）";
        float w = regular.width(waiting, PdfStyle.TABLE_SIZE);
        flow.text(regular, PdfStyle.TABLE_SIZE, PdfStyle.MUTED, x + (BOX_WIDTH - w) / 2, EDGE + BOX_HEIGHT / 2 - 3, waiting);
    }
}
