package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * Writes one sheet row by row (the streaming workbook keeps only a window of rows in memory) and
 * remembers how wide each column's content is, so that widths, frozen headers, the filter and the
 * print setup are set in one place when the sheet is done.
 */
final class SheetWriter {

    /** Excel's width unit is 1/256 of a character; CJK characters take about two. */
    private static final int MAX_WIDTH_CHARS = 42;

    final SXSSFSheet sheet;
    private final CreationHelper helper;
    private final Map<Integer, Integer> widths = new HashMap<>();
    private Drawing<?> drawing;
    private int lastColumn;

    SheetWriter(SXSSFSheet sheet) {
        this.sheet = sheet;
        this.helper = sheet.getWorkbook().getCreationHelper();
    }

    Row row(int index) {
        Row r = sheet.getRow(index);
        return r != null ? r : sheet.createRow(index);
    }

    Cell text(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value);
            measure(col, value);
        }
        if (style != null) {
            c.setCellStyle(style);
        }
        lastColumn = Math.max(lastColumn, col);
        return c;
    }

    /** A text that may be long (a title, a note): not counted in the column's width. */
    Cell wide(Row row, int col, String value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        return c;
    }

    Cell number(Row row, int col, BigDecimal value, CellStyle style) {
        Cell c = row.createCell(col);
        if (value != null) {
            c.setCellValue(value.doubleValue());
            measure(col, value.toPlainString() + "00");
        }
        c.setCellStyle(style);
        lastColumn = Math.max(lastColumn, col);
        return c;
    }

    Cell number(Row row, int col, double value, CellStyle style) {
        Cell c = row.createCell(col);
        c.setCellValue(value);
        c.setCellStyle(style);
        measure(col, "00000");
        lastColumn = Math.max(lastColumn, col);
        return c;
    }

    /** A cell comment (批注): shown on hover in Excel, WPS and LibreOffice. */
    void comment(Cell cell, String text) {
        if (drawing == null) {
            drawing = sheet.createDrawingPatriarch();
        }
        ClientAnchor anchor = helper.createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 6);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 2 + (int) text.lines().count());
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(helper.createRichTextString(text));
        // POI files a new comment under the anchor's top-left cell; the box stays to the right,
        // the comment belongs to the cell itself.
        comment.setAddress(cell.getAddress());
        cell.setCellComment(comment);
    }

    void merge(int row, int firstCol, int lastCol) {
        if (lastCol > firstCol) {
            sheet.addMergedRegion(new CellRangeAddress(row, row, firstCol, lastCol));
        }
    }

    void minWidth(int col, int chars) {
        widths.merge(col, chars, Math::max);
    }

    private void measure(int col, String value) {
        int w = 0;
        for (int i = 0; i < value.length(); i++) {
            w += value.charAt(i) > 0x2E7F ? 2 : 1;
        }
        widths.merge(col, w, Math::max);
    }

    /**
     * Column widths, headers frozen above {@code headerRows} rows and left of {@code frozenCols}
     * columns, a filter on the last header row down to {@code lastRow}, and printing on A4
     * landscape, fitted to one page wide, with the header rows repeated on every page.
     */
    void finish(int firstHeaderRow, int headerRows, int frozenCols, int lastRow) {
        finish(firstHeaderRow, headerRows, frozenCols, lastRow, true);
    }

    /**
     * A table too wide for one legible page (扣分明细's 50-odd items): printed on as many pages
     * across as it needs at {@code columnsPerPage}, with the frozen columns repeated on each.
     */
    void printAcross(int frozenCols, int columnsPerPage) {
        int pages = Math.max(1, (lastColumn + columnsPerPage) / columnsPerPage);
        sheet.getPrintSetup().setFitWidth((short) pages);
        if (frozenCols > 0) {
            sheet.setRepeatingColumns(new CellRangeAddress(-1, -1, 0, frozenCols - 1));
        }
    }

    /** As above; {@code freeze} false leaves the panes alone (a header far down the sheet). */
    void finish(int firstHeaderRow, int headerRows, int frozenCols, int lastRow, boolean freeze) {
        for (Map.Entry<Integer, Integer> e : widths.entrySet()) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(4, e.getValue() + 2));
            sheet.setColumnWidth(e.getKey(), chars * 256);
        }
        int lastHeader = firstHeaderRow + headerRows - 1;
        if (freeze) {
            sheet.createFreezePane(frozenCols, lastHeader + 1);
        }
        if (lastRow >= lastHeader) {
            sheet.setAutoFilter(new CellRangeAddress(lastHeader, lastRow, 0, lastColumn));
        }
        sheet.setRepeatingRows(CellRangeAddress.valueOf((firstHeaderRow + 1) + ":" + (lastHeader + 1)));
        printSetup(sheet);
    }

    static void printSetup(SXSSFSheet sheet) {
        PrintSetup ps = sheet.getPrintSetup();
        ps.setPaperSize(PrintSetup.A4_PAPERSIZE);
        ps.setLandscape(true);
        ps.setFitWidth((short) 1);
        ps.setFitHeight((short) 0);
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        sheet.setHorizontallyCenter(true);
    }
}
