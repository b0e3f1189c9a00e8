package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.inspectorbench.store.Material;
import org.inspectorbench.store.MaterialState;
import org.inspectorbench.store.MaterialStatus;
import org.inspectorbench.scoring.UnitResult;

import java.util.List;

/**
 * 佐证材料: units down, the list's materials across; each cell says whether the material came on
 * time (with the date), late (which counts as missing: 逾期未报的,视为未开展相关工作), not at all,
 * or is not asked of the unit; the header comment gives the material's text and the items it supports.
 */
final class MaterialsSheet {

    static final int HEADER_ROW = 1;

    private MaterialsSheet() {
    }

    static void write(SXSSFSheet sheet, LeagueData data, XlsxStyles st, XlsxText t) {
        SheetWriter w = new SheetWriter(sheet);
        w.wide(w.row(0), 0, data.evidenceDeadline() == null ? t.get("title.materials.noDeadline", data.campaign())
                : t.get("title.materials", data.campaign(), data.evidenceDeadline()), st.title);
        List<Material> materials = data.materials() == null ? List.of() : data.materials().materials();
        if (materials.isEmpty()) {
            w.wide(w.row(HEADER_ROW), 0, t.get("materials.none"), st.note);
            SheetWriter.printSetup(sheet);
            return;
        }
        Row head = w.row(HEADER_ROW);
        w.text(head, 0, t.get("materials.unit"), st.header);
        w.text(head, 1, t.get("materials.kind"), st.header);
        w.minWidth(0, 12);
        for (int i = 0; i < materials.size(); i++) {
            Material m = materials.get(i);
            Cell h = w.text(head, 2 + i, t.get("materials.header", m.number()), st.header);
            w.comment(h, t.get("materials.header.comment", m.number(), m.text(), m.section(),
                    m.supports().isEmpty() ? "—" : String.join("、", m.supports())));
        }
        int sums = 2 + materials.size();
        w.text(head, sums, t.get("materials.due"), st.header);
        w.text(head, sums + 1, t.get("materials.received"), st.header);
        w.text(head, sums + 2, t.get("materials.outstanding"), st.header);

        int r = HEADER_ROW + 1;
        for (UnitResult u : data.results()) {
            List<MaterialStatus> statuses = data.materialStatuses().getOrDefault(u.unit(), List.of());
            Row row = w.row(r++);
            w.text(row, 0, u.unit(), st.plain.text());
            w.text(row, 1, u.kind(), st.plain.text());
            int due = 0;
            int received = 0;
            for (int i = 0; i < materials.size() && i < statuses.size(); i++) {
                MaterialStatus s = statuses.get(i);
                String files = s.files().isEmpty() ? "" : t.get("materials.files", s.files().size());
                String text = switch (s.state()) {
                    case ON_TIME -> t.get("materials.onTime", s.receivedOn()) + files;
                    case LATE -> t.get("materials.late", s.receivedOn()) + files;
                    case MISSING -> t.get("materials.missing");
                    case NOT_APPLICABLE -> t.get("materials.notApplicable");
                };
                w.text(row, 2 + i, text, st.material(s.state()));
                due += s.state() == MaterialState.NOT_APPLICABLE ? 0 : 1;
                received += s.state().countsAsReceived() ? 1 : 0;
            }
            w.number(row, sums, due, st.plain.integer());
            w.number(row, sums + 1, received, st.plain.integer());
            w.number(row, sums + 2, due - received, st.plain.integer());
        }
        w.finish(HEADER_ROW, 1, 2, Math.max(HEADER_ROW + 1, r) - 1);
    }
}
