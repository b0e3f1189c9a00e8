package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.inspectorbench.store.UnitProgress;

import java.util.List;

/**
 * 待处理: what still needs the office's attention before the table is final: open merge conflicts
 * (a labelled empty section while this workspace keeps none), and the units whose inspection is
 * not declared complete, with their findings lacking evidence and materials outstanding.
 */
final class PendingSheet {

    /** Headers above this row are frozen; further down, freezing would hold half the screen. */
    private static final int MAX_FROZEN_ROW = 12;

    private PendingSheet() {
    }

    static void write(SXSSFSheet sheet, LeagueData data, XlsxStyles st, XlsxText t) {
        SheetWriter w = new SheetWriter(sheet);
        w.wide(w.row(0), 0, t.get("title.pending", data.campaign()), st.title);
        int r = 2;
        w.wide(w.row(r++), 0, t.get("pending.conflicts"), st.section);
        if (data.conflicts() == null) {
            w.wide(w.row(r++), 0, t.get("pending.conflicts.unavailable"), st.note);
        } else if (data.conflicts().isEmpty()) {
            w.wide(w.row(r++), 0, t.get("pending.conflicts.none"), st.note);
        } else {
            Row head = w.row(r++);
            w.text(head, 0, t.get("pending.conflict.unit"), st.header);
            w.text(head, 1, t.get("pending.conflict.record"), st.header);
            w.text(head, 2, t.get("pending.conflict.detail"), st.header);
            for (ConflictLine c : data.conflicts()) {
                Row row = w.row(r++);
                w.text(row, 0, c.unit(), st.plain.text());
                w.text(row, 1, c.record(), st.plain.text());
                w.text(row, 2, c.detail(), st.plain.text());
            }
        }
        r++;
        w.wide(w.row(r++), 0, t.get("pending.incomplete"), st.section);
        List<UnitProgress> open = data.progress().stream().filter(p -> p.state() != UnitProgress.State.DONE).toList();
        if (open.isEmpty()) {
            w.wide(w.row(r), 0, t.get("pending.incomplete.none"), st.note);
            SheetWriter.printSetup(sheet);
            return;
        }
        int headerRow = r;
        Row head = w.row(r++);
        String[] headers = {t.get("pending.unit"), t.get("pending.kind"), t.get("pending.inspectors"),
                t.get("pending.state"), t.get("pending.findings"), t.get("pending.withoutEvidence"),
                t.get("pending.materialsOutstanding")};
        for (int c = 0; c < headers.length; c++) {
            w.text(head, c, headers[c], st.header);
        }
        for (UnitProgress p : open) {
            Row row = w.row(r++);
            long outstanding = data.materialStatuses().getOrDefault(p.unit(), List.of()).stream()
                    .filter(s -> s.state().outstanding()).count();
            w.text(row, 0, p.unit(), st.plain.text());
            w.text(row, 1, p.kind(), st.plain.text());
            w.text(row, 2, data.inspectors().getOrDefault(p.unit(), ""), st.plain.text());
            w.text(row, 3, t.get("state." + p.state().name()), st.plain.text());
            w.number(row, 4, p.findings(), st.plain.integer());
            w.number(row, 5, p.findingsWithoutEvidence(), st.plain.integer());
            w.number(row, 6, outstanding, st.plain.integer());
        }
        w.finish(headerRow, 1, 1, r - 1, headerRow <= MAX_FROZEN_ROW);
    }
}
