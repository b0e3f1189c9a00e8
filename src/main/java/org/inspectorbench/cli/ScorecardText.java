package org.inspectorbench.cli;

import org.inspectorbench.scoring.ItemResult;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.SiteResult;
import org.inspectorbench.scoring.UnitResult;

import java.time.LocalDate;
import java.util.List;

/**
 * The text output of {@code inspector score}: a Chinese scorecard for a terminal. Items at full
 * points with nothing recorded are left out; every deduction, award and 不适用 item is listed with
 * its explanation.
 */
public final class ScorecardText {

    private static final String NL = System.lineSeparator();

    private ScorecardText() {
    }

    public static String render(String title, LocalDate monitoringDate, List<UnitResult> units) {
        StringBuilder out = new StringBuilder();
        out.append(title == null ? "检查考核评分" : title);
        if (monitoringDate != null) {
            out.append("  监测时间点 ").append(monitoringDate);
        }
        out.append(NL);
        for (UnitResult u : units) {
            out.append(NL);
            unit(out, u);
        }
        return out.toString();
    }

    private static void unit(StringBuilder out, UnitResult u) {
        out.append("【").append(u.unit()).append("】").append(u.kind()).append(NL);
        out.append("  总分 ").append(two(u.total())).append("    等次 ").append(u.tier())
                .append("    绩效 ").append(Points.format(u.performancePercent())).append('%').append(NL);
        if (u.vetoed()) {
            out.append("  单项否决: ").append(String.join("、", u.vetoReasons())).append(" → ").append(u.tier()).append(NL);
        }
        for (PartResult p : u.parts()) {
            out.append("  ").append(pad(p.name(), 12)).append(padLeft(two(p.score()), 7)).append(" / ")
                    .append(pad(Points.format(p.max()), 4));
            if (p.verdict() != null) {
                out.append(p.verdict());
                if (!p.reasons().isEmpty()) {
                    out.append(": ").append(String.join("、", p.reasons()));
                }
            }
            if (p.bonus() && u.bonusNote() != null) {
                out.append(u.bonusNote());
                if (p.score().signum() > 0) {
                    out.append(" (已得 ").append(Points.format(p.score())).append(" 分)");
                }
            }
            out.append(NL);
            if (p.sites().size() > 1) {
                for (SiteResult s : p.sites()) {
                    out.append("      ").append(pad(s.site(), 30)).append(padLeft(two(s.score()), 7));
                    if (!s.pass()) {
                        out.append("  不合格: ").append(String.join("、", s.reasons()));
                    }
                    out.append(NL);
                }
            }
        }
        boolean header = false;
        java.util.Map<String, String> notApplicable = new java.util.LinkedHashMap<>();
        for (ItemResult i : u.items()) {
            if (!i.applicable() && !i.explanation().contains("已忽略")) {
                // The same 不检查 item on every website of the unit: said once, below.
                notApplicable.putIfAbsent(i.item(), i.explanation());
                continue;
            }
            if (i.rules().isEmpty() && i.applicable()) {
                continue;
            }
            if (!header) {
                out.append("  明细:").append(NL);
                header = true;
            }
            out.append("    ").append(i.item());
            if (i.site() != null && u.parts().stream().anyMatch(p -> p.sites().size() > 1)) {
                out.append(" [").append(i.site()).append(']');
            }
            out.append("  ").append(Points.format(i.score())).append('/').append(Points.format(i.max())).append(NL);
            out.append("      ").append(i.explanation()).append(NL);
        }
        if (!header) {
            out.append("  明细: 无扣分或加分记录").append(NL);
        }
        if (!notApplicable.isEmpty()) {
            out.append("  不适用 (按满分计):").append(NL);
            notApplicable.forEach((item, why) -> out.append("    ").append(item).append("  ").append(why).append(NL));
        }
    }

    private static String two(java.math.BigDecimal v) {
        return Points.round2(v).toPlainString();
    }

    /** Pads to a display width, counting CJK characters as two columns. */
    static String pad(String s, int width) {
        StringBuilder b = new StringBuilder(s);
        for (int w = width(s); w < width; w++) {
            b.append(' ');
        }
        return b.append(' ').toString();
    }

    static String padLeft(String s, int width) {
        StringBuilder b = new StringBuilder();
        for (int w = width(s); w < width; w++) {
            b.append(' ');
        }
        return b.append(s).toString();
    }

    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += isWide(cp) ? 2 : 1;
            i += Character.charCount(cp);
        }
        return w;
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD) || (cp >= 0x2018 && cp <= 0x201D);
    }
}
