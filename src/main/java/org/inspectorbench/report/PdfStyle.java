package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

import java.awt.Color;

/**
 * The look of every report page: A4 portrait, margins, type sizes and the few colours. Official
 * records are black on white with thin rules; colour marks only what needs the reader's eye
 * (不合格, the seal-red signature frame).
 */
final class PdfStyle {

    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN_LEFT = 48;
    static final float MARGIN_RIGHT = 48;
    static final float MARGIN_TOP = 54;
    static final float MARGIN_BOTTOM = 50;
    /** Baseline of the "第 x 页 共 y 页" footer. */
    static final float FOOTER_BASELINE = 26;
    /** Baseline of the running header on pages after the first. */
    static final float RUNNING_HEADER_BASELINE = PAGE.getHeight() - 32;

    static final float TITLE_SIZE = 17;
    static final float HEADING_SIZE = 12;
    static final float BODY_SIZE = 9.5f;
    static final float TABLE_SIZE = 8.5f;
    static final float SMALL_SIZE = 7.5f;
    static final float LEADING = 1.42f;

    static final float CELL_PAD_X = 4;
    static final float CELL_PAD_Y = 3.2f;
    static final float RULE_WIDTH = 0.5f;

    static final Color TEXT = Color.BLACK;
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color NOTE = new Color(0x1F, 0x3A, 0x6B);
    static final Color FAIL = new Color(0xB0, 0x1E, 0x1E);
    static final Color RULE = new Color(0x40, 0x40, 0x40);
    static final Color HEADER_FILL = new Color(0xE6, 0xE6, 0xE6);
    static final Color GROUP_FILL = new Color(0xF2, 0xF2, 0xF2);
    static final Color SUBGROUP_FILL = new Color(0xF8, 0xF8, 0xF8);

    private PdfStyle() {
    }

    static float contentWidth() {
        return PAGE.getWidth() - MARGIN_LEFT - MARGIN_RIGHT;
    }

    /** Distance from the top of a line box to its baseline for text of {@code size} in a box of {@code lineHeight}. */
    static float baselineOffset(float size, float lineHeight) {
        // Noto Sans SC's ideographs sit between -0.12 and 0.88 em: centre that band in the line box.
        return (lineHeight - size) / 2 + size * 0.88f;
    }
}
