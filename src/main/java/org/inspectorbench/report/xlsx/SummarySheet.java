package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.Verdict;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * 总表: one row per unit in league order with its rank, the parts (a bonus part as earned, then
 * what of it counts), total, 等次, 绩效, the part verdicts and the 单项否决 that hold. The row takes
 * its tier's fill.
 */
final class SummarySheet {

    static final int TITLE_ROW = 0;
    static final int HEADER_ROW = 1;
    static final int FIRST_DATA_ROW = 2;
    static final int UNIT_COL = 1;

    /** Where the chart finds its data. */
    record Layout(int firstRow, int lastRow, int unitCol, int totalCol) {
    }

    private SummarySheet() {
    }

    static Layout write(SXSSFSheet sheet, LeagueData data, List<LeagueRanking.Ranked> ranked, XlsxStyles st, XlsxText t) {
        Rubric rubric = data.rubric();
        SheetWriter w = new SheetWriter(sheet);
        w.wide(w.row(TITLE_ROW), 0, t.get("title.summary", data.campaign(), data.monitoringDate(), ranked.size()), st.title);

        List<String> headers = new ArrayList<>(List.of(t.get("summary.rank"), t.get("summary.unit"), t.get("summary.kind")));
        for (Part p : rubric.parts()) {
            headers.add(p.bonus() ? t.get("summary.bonusEarned", p.name()) : p.name());
        }
        headers.add(t.get("summary.bonusCounted"));
        int totalCol = headers.size();
        headers.add(t.get("summary.total"));
        headers.add(t.get("summary.tier"));
        headers.add(t.get("summary.performance"));
        for (Verdict v : verdicts(rubric)) {
            headers.add(t.get("summary.verdict", v.part()));
        }
        headers.add(t.get("summary.vetoes"));
        headers.add(t.get("summary.notes"));
        headers.add(t.get("summary.inspectors"));
        Row head = w.row(HEADER_ROW);
        for (int c = 0; c < headers.size(); c++) {
            Cell cell = w.text(head, c, headers.get(c), st.header);
            if (c == 0) {
                w.comment(cell, t.get("summary.rank.comment"));
            }
        }
        w.minWidth(UNIT_COL, 12);

        int r = FIRST_DATA_ROW;
        for (LeagueRanking.Ranked ranked1 : ranked) {
            UnitResult u = ranked1.unit();
            XlsxStyles.RowStyles rs = st.tier(rubric, u.tier());
            Row row = w.row(r++);
            int c = 0;
            w.number(row, c++, ranked1.rank(), rs.integer());
            w.text(row, c++, u.unit(), rs.text());
            w.text(row, c++, u.kind(), rs.text());
            BigDecimal bonusCounted = BigDecimal.ZERO;
            for (Part p : rubric.parts()) {
                PartResult pr = u.part(p.name()).orElse(null);
                w.number(row, c++, pr == null ? null : pr.score(), rs.number());
                if (p.bonus() && pr != null) {
                    bonusCounted = bonusCounted.add(pr.counted());
                }
            }
            w.number(row, c++, bonusCounted, rs.number());
            w.number(row, c++, u.total(), rs.number());
            w.text(row, c++, u.tier(), rs.text());
            w.number(row, c++, u.performancePercent().movePointLeft(2), rs.percent());
            for (Verdict v : verdicts(rubric)) {
                String verdict = u.part(v.part()).map(PartResult::verdict).orElse(null);
                w.text(row, c++, verdict == null ? t.get("summary.notApplicable") : verdict, rs.text());
            }
            w.text(row, c++, String.join(";", u.vetoReasons()), rs.text());
            w.text(row, c++, u.bonusNote() == null ? "" : u.bonusNote(), rs.text());
            w.text(row, c, data.inspectors().getOrDefault(u.unit(), ""), rs.text());
        }
        int lastRow = Math.max(FIRST_DATA_ROW, r) - 1;
        w.finish(HEADER_ROW, 1, UNIT_COL + 1, lastRow);
        return new Layout(FIRST_DATA_ROW, lastRow, UNIT_COL, totalCol);
    }

    static List<Verdict> verdicts(Rubric rubric) {
        return rubric.verdicts() == null ? List.of() : rubric.verdicts();
    }
}
