package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.scoring.ItemResult;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 扣分明细: units down, items across (grouped under their part), each cell the points the item
 * cost the unit, or earned it for a bonus item; a cell comment gives the rules and notes behind it.
 */
final class DeductionsSheet {

    static final int PART_ROW = 1;
    static final int ITEM_ROW = 2;
    static final int FIRST_DATA_ROW = 3;
    /** Item columns per printed page: about as many as stay legible on A4 landscape. */
    static final int COLUMNS_PER_PAGE = 20;

    private DeductionsSheet() {
    }

    static void write(SXSSFSheet sheet, LeagueData data, XlsxStyles st, XlsxText t) {
        SheetWriter w = new SheetWriter(sheet);
        w.wide(w.row(0), 0, t.get("title.deductions", data.campaign()), st.title);
        List<RubricIndex.ItemRef> items = new ArrayList<>(RubricIndex.of(data.rubric()).items());

        Row parts = w.row(PART_ROW);
        Row heads = w.row(ITEM_ROW);
        heads.setHeightInPoints(60);
        w.text(parts, 0, "", st.header);
        w.text(heads, 0, t.get("deductions.unit"), st.header);
        w.minWidth(0, 12);
        int col = 1;
        int partStart = 1;
        for (int i = 0; i < items.size(); i++) {
            RubricIndex.ItemRef ref = items.get(i);
            w.text(parts, col, ref.part().name(), st.header);
            Cell h = w.text(heads, col, label(ref), st.header);
            w.comment(h, t.get("deductions.header.comment", ref.path(), Points.format(ref.item().points())));
            boolean partEnds = i == items.size() - 1 || items.get(i + 1).part() != ref.part();
            if (partEnds) {
                w.merge(PART_ROW, partStart, col);
                partStart = col + 1;
            }
            col++;
        }
        int lostCol = col;
        w.text(parts, lostCol, "", st.header);
        w.text(parts, lostCol + 1, "", st.header);
        w.text(heads, lostCol, t.get("deductions.lost"), st.header);
        w.text(heads, lostCol + 1, t.get("deductions.earned"), st.header);

        int r = FIRST_DATA_ROW;
        for (UnitResult u : data.results()) {
            Map<String, List<ItemResult>> byItem = new LinkedHashMap<>();
            for (ItemResult ir : u.items()) {
                byItem.computeIfAbsent(ir.item(), k -> new ArrayList<>()).add(ir);
            }
            Row row = w.row(r++);
            w.text(row, 0, u.unit(), st.plain.text());
            BigDecimal lost = BigDecimal.ZERO;
            BigDecimal earned = BigDecimal.ZERO;
            for (int i = 0; i < items.size(); i++) {
                ItemLoss loss = ItemLoss.of(byItem.getOrDefault(items.get(i).path(), List.of()), t);
                if (!loss.applicable()) {
                    w.text(row, i + 1, t.get("deductions.notApplicable"), st.plain.text());
                    continue;
                }
                Cell cell = w.number(row, i + 1, loss.value(), st.plain.number());
                if (loss.comment() != null) {
                    w.comment(cell, loss.comment());
                }
                if (loss.bonus()) {
                    earned = earned.add(loss.value());
                } else {
                    lost = lost.add(loss.value());
                }
            }
            w.number(row, lostCol, lost, st.plain.number());
            w.number(row, lostCol + 1, earned, st.plain.number());
        }
        w.finish(PART_ROW, 2, 1, Math.max(FIRST_DATA_ROW, r) - 1);
        w.printAcross(1, COLUMNS_PER_PAGE);
        for (int c = 1; c < lostCol; c++) {
            sheet.setColumnWidth(c, Math.min(sheet.getColumnWidth(c), 14 * 256));
        }
    }

    /** The item's name under its part: section/item, or whichever of the two it has. */
    static String label(RubricIndex.ItemRef ref) {
        String prefix = ref.part().name() + "/";
        return ref.path().startsWith(prefix) ? ref.path().substring(prefix.length()) : ref.path();
    }
}
