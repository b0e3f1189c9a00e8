package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.SiteResult;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.scoring.Verdicts;

/**
 * 网站明细: for each unit whose website score is an average of several websites (市发展改革委 with
 * 信用中国(四川绵阳), ...), every website's score and verdict, and the unit's average.
 */
final class WebsitesSheet {

    static final int HEADER_ROW = 1;

    private WebsitesSheet() {
    }

    static void write(SXSSFSheet sheet, LeagueData data, XlsxStyles st, XlsxText t) {
        SheetWriter w = new SheetWriter(sheet);
        w.wide(w.row(0), 0, t.get("title.websites", data.campaign()), st.title);
        Row head = w.row(HEADER_ROW);
        String[] headers = {t.get("websites.unit"), t.get("websites.site"), t.get("websites.score"),
                t.get("websites.verdict"), t.get("websites.reasons"), t.get("websites.average")};
        for (int c = 0; c < headers.length; c++) {
            w.text(head, c, headers[c], st.header);
        }
        int r = HEADER_ROW + 1;
        for (UnitResult u : data.results()) {
            PartResult website = u.partOfScope(Part.Scope.WEBSITE).orElse(null);
            if (website == null || website.sites().size() < 2) {
                continue;
            }
            for (SiteResult s : website.sites()) {
                Row row = w.row(r++);
                w.text(row, 0, u.unit(), st.plain.text());
                w.text(row, 1, s.site(), st.plain.text());
                w.number(row, 2, s.score(), st.plain.number());
                w.text(row, 3, website.judged() ? (s.pass() ? Verdicts.PASS : Verdicts.FAIL) : "", st.plain.text());
                w.text(row, 4, String.join(";", s.reasons()), st.plain.text());
                w.number(row, 5, website.score(), st.plain.number());
            }
        }
        if (r == HEADER_ROW + 1) {
            w.wide(w.row(r), 0, t.get("websites.none"), st.note);
        }
        w.finish(HEADER_ROW, 1, 2, Math.max(HEADER_ROW + 1, r) - 1);
    }
}
