package org.inspectorbench.report;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table that flows over pages: the header row is repeated at the top of every page, a
 * row is never split between pages unless it is taller than a whole page, and a group row
 * ("第二部分 政府网站") is kept with the row after it.
 */
final class Table {

    enum Align { LEFT, CENTER, RIGHT }

    record Column(String title, float width, Align align) {
    }

    /**
     * A row of cells, each spanning {@code spans} columns (1 each when null), with an optional
     * background for the whole row ({@code fill}) or per cell ({@code cellFills}, entries may be null).
     */
    record Row(List<List<Para>> cells, List<Integer> spans, Color fill, List<Color> cellFills) {

        static Row of(Color fill, List<List<Para>> cells) {
            return new Row(cells, null, fill, null);
        }

        /** One cell across the whole table. */
        static Row spanning(Color fill, List<Para> cell) {
            return new Row(List.of(cell), List.of(Integer.MAX_VALUE), fill, null);
        }

        int span(int cell) {
            return spans == null ? 1 : spans.get(cell);
        }

        Color cellFill(int cell) {
            return cellFills == null ? null : cellFills.get(cell);
        }
    }

    private final PageFlow flow;
    private final List<Column> columns;
    private final float width;
    private final List<Row> pendingGroups = new ArrayList<>();
    private float headerSize = PdfStyle.TABLE_SIZE;
    private boolean headerOnPage;
    private int pageOfHeader = -1;

    Table(PageFlow flow, List<Column> columns) {
        this.flow = flow;
        this.columns = List.copyOf(columns);
        float w = 0;
        for (Column c : columns) {
            w += c.width();
        }
        this.width = w;
    }

    /** A smaller header type for tables of many narrow columns. */
    Table headerSize(float size) {
        this.headerSize = size;
        return this;
    }

    /** Adds a group row; it is drawn together with the next ordinary row. */
    void group(Row row) {
        pendingGroups.add(row);
    }

    void add(Row row) throws IOException {
        List<Laid> groups = new ArrayList<>();
        float groupHeight = 0;
        for (Row g : pendingGroups) {
            Laid laid = layout(g);
            groups.add(laid);
            groupHeight += laid.height;
        }
        pendingGroups.clear();
        Laid laid = layout(row);
        float needed = groupHeight + Math.min(laid.height, flow.pageHeight() / 2);
        if (!headerOnPage()) {
            needed += headerHeight();
        }
        if (flow.ensure(needed) || !headerOnPage()) {
            drawHeader();
        }
        for (Laid g : groups) {
            draw(g);
        }
        drawSplitting(laid);
    }

    /** Ends the table: group rows left without a following row are drawn on their own. */
    void finish() throws IOException {
        if (!pendingGroups.isEmpty()) {
            List<Row> rest = new ArrayList<>(pendingGroups);
            pendingGroups.clear();
            for (Row g : rest) {
                Laid laid = layout(g);
                if (flow.ensure(laid.height + (headerOnPage() ? 0 : headerHeight())) || !headerOnPage()) {
                    drawHeader();
                }
                draw(laid);
            }
        }
    }

    private boolean headerOnPage() {
        return !hasHeader() || headerOnPage && pageOfHeader == flow.pageCount();
    }

    /** A table whose columns have no titles (a form of labels and values) has no header row. */
    private boolean hasHeader() {
        return columns.stream().anyMatch(c -> c.title() != null);
    }

    private float headerHeight() {
        return hasHeader() ? layout(headerRow()).height : 0;
    }

    private Row headerRow() {
        List<List<Para>> cells = new ArrayList<>();
        for (Column c : columns) {
            cells.add(List.of(new Para(flow.bold(), headerSize, PdfStyle.TEXT, c.title() == null ? "" : c.title())));
        }
        return Row.of(PdfStyle.HEADER_FILL, cells);
    }

    private void drawHeader() throws IOException {
        if (!hasHeader()) {
            return;
        }
        Laid header = layout(headerRow());
        List<Align> aligns = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            aligns.add(Align.CENTER);
        }
        draw(header, aligns);
        headerOnPage = true;
        pageOfHeader = flow.pageCount();
    }

    /** A row's cells broken into lines. */
    private record Laid(Row row, List<List<Para.Line>> cells, float height) {
    }

    private Laid layout(Row row) {
        List<List<Para.Line>> cells = new ArrayList<>();
        float tallest = 0;
        int column = 0;
        for (int i = 0; i < row.cells().size(); i++) {
            float w = cellWidth(row, i, column);
            column += row.span(i);
            List<Para.Line> lines = new ArrayList<>();
            for (Para p : row.cells().get(i)) {
                lines.addAll(p.lines(w - 2 * PdfStyle.CELL_PAD_X));
            }
            cells.add(lines);
            tallest = Math.max(tallest, Para.height(lines));
        }
        return new Laid(row, cells, tallest + 2 * PdfStyle.CELL_PAD_Y);
    }

    /** The width of cell {@code cell} of {@code row}, which starts at column {@code column}. */
    private float cellWidth(Row row, int cell, int column) {
        float w = 0;
        int end = (int) Math.min(columns.size(), (long) column + row.span(cell));
        for (int c = column; c < end; c++) {
            w += columns.get(c).width();
        }
        return w;
    }

    /** Draws a row, splitting it over pages only when it is taller than what a page can take. */
    private void drawSplitting(Laid laid) throws IOException {
        while (laid.height > flow.remaining()) {
            if (laid.height <= flow.pageHeight() - headerHeight()) {
                flow.newPage();
                drawHeader();
                break;
            }
            float room = flow.remaining() - 2 * PdfStyle.CELL_PAD_Y;
            List<List<Para.Line>> first = new ArrayList<>();
            List<List<Para.Line>> rest = new ArrayList<>();
            for (List<Para.Line> cell : laid.cells) {
                float h = 0;
                int cut = 0;
                while (cut < cell.size() && h + cell.get(cut).height() + cell.get(cut).gapBefore() <= room) {
                    h += cell.get(cut).height() + cell.get(cut).gapBefore();
                    cut++;
                }
                first.add(cell.subList(0, cut));
                rest.add(cell.subList(cut, cell.size()));
            }
            draw(new Laid(laid.row, first, flow.remaining()));
            flow.newPage();
            drawHeader();
            float restHeight = 0;
            for (List<Para.Line> cell : rest) {
                restHeight = Math.max(restHeight, Para.height(cell));
            }
            laid = new Laid(laid.row, rest, restHeight + 2 * PdfStyle.CELL_PAD_Y);
        }
        draw(laid);
    }

    private void draw(Laid laid) throws IOException {
        List<Align> aligns = new ArrayList<>();
        for (Column c : columns) {
            aligns.add(c.align());
        }
        draw(laid, aligns);
    }

    private void draw(Laid laid, List<Align> aligns) throws IOException {
        float top = flow.y();
        float bottom = top - laid.height;
        float x = flow.left();
        if (laid.row.fill() != null) {
            flow.fill(laid.row.fill(), x, bottom, width, laid.height);
        }
        int column = 0;
        for (int i = 0; i < laid.cells.size(); i++) {
            float w = cellWidth(laid.row, i, column);
            Align align = laid.row.span(i) > 1 ? Align.LEFT : aligns.get(column);
            column += laid.row.span(i);
            if (laid.row.cellFill(i) != null) {
                flow.fill(laid.row.cellFill(i), x, bottom, w, laid.height);
            }
            if (i > 0) {
                flow.line(PdfStyle.RULE, PdfStyle.RULE_WIDTH, x, top, x, bottom);
            }
            float lineTop = top - PdfStyle.CELL_PAD_Y;
            for (Para.Line line : laid.cells.get(i)) {
                lineTop -= line.gapBefore();
                Para p = line.para();
                float textWidth = p.face().width(line.text(), p.size());
                float inner = w - 2 * PdfStyle.CELL_PAD_X;
                float tx = switch (align) {
                    case LEFT -> x + PdfStyle.CELL_PAD_X + p.indent();
                    case CENTER -> x + PdfStyle.CELL_PAD_X + (inner - textWidth) / 2;
                    case RIGHT -> x + w - PdfStyle.CELL_PAD_X - textWidth;
                };
                flow.text(p.face(), p.size(), p.color(), tx, lineTop - PdfStyle.baselineOffset(p.size(), line.height()),
                        line.text());
                lineTop -= line.height();
            }
            x += w;
        }
        flow.rect(PdfStyle.RULE, PdfStyle.RULE_WIDTH, flow.left(), bottom, width, laid.height);
        flow.moveDown(laid.height);
    }
}
