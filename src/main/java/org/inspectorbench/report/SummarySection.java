package org.inspectorbench.report;

import org.inspectorbench.rubric.BonusGate;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.SiteResult;
import org.inspectorbench.scoring.UnitResult;

import java.awt.Color;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * "一、评分结果": total, 等次 and 绩效, each part's score and what it adds to the total, the
 * website and new-media verdicts with their reasons, the bonus gate, and the 单项否决 that hold.
 */
final class SummarySection {

    private SummarySection() {
    }

    static void draw(PageFlow flow, Scorecard card) throws IOException {
        UnitResult r = card.result();
        Headings.section(flow, "一、评分结果", 120);
        Table band = HeaderSection.form(flow);
        Color tierColor = r.vetoed() || r.tier().equals(vetoTierName(card)) ? PdfStyle.FAIL : PdfStyle.TEXT;
        band.add(new Table.Row(List.of(
                HeaderSection.label(flow, "总分"),
                List.of(new Para(flow.bold(), 12, PdfStyle.TEXT, two(r.total()) + " 分"),
                        new Para(flow.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED,
                                "满分 " + Points.format(card.rubric().total()) + " 分")),
                HeaderSection.label(flow, "等次"),
                List.of(new Para(flow.bold(), 12, tierColor, r.tier()),
                        new Para(flow.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED,
                                "绩效 " + Points.format(r.performancePercent()) + "%"))),
                null, null, List.of(PdfStyle.GROUP_FILL, Color.WHITE, PdfStyle.GROUP_FILL, Color.WHITE)));
        band.finish();
        flow.moveDown(8);
        parts(flow, card);
        flow.moveDown(8);
        Table notes = HeaderSection.form(flow);
        notes.add(HeaderSection.wide(flow, "加分门槛", bonusGateText(card)));
        notes.add(new Table.Row(List.of(HeaderSection.label(flow, "单项否决"), vetoCell(flow, card)),
                List.of(1, 3), null, java.util.Arrays.asList(PdfStyle.GROUP_FILL, null)));
        notes.finish();
        flow.moveDown(10);
    }

    private static String vetoTierName(Scorecard card) {
        return card.rubric().tiers().stream().filter(t -> t.vetoTier()).map(t -> t.name()).findFirst().orElse("");
    }

    private static void parts(PageFlow flow, Scorecard card) throws IOException {
        float rest = flow.width() - 52 - 78 - 40 - 48 - 52;
        Table t = new Table(flow, List.of(
                new Table.Column("部分", 52, Table.Align.CENTER),
                new Table.Column("指标", 78, Table.Align.CENTER),
                new Table.Column("满分", 40, Table.Align.CENTER),
                new Table.Column("得分", 48, Table.Align.CENTER),
                new Table.Column("计入总分", 52, Table.Align.CENTER),
                new Table.Column("评定及说明", rest, Table.Align.LEFT)));
        UnitResult r = card.result();
        for (PartResult p : r.parts()) {
            t.add(Table.Row.of(null, List.of(
                    cell(flow, p.division()), cell(flow, p.name()), cell(flow, Points.format(p.max())),
                    cell(flow, two(p.score())), cell(flow, two(p.counted())), verdict(flow, card, p))));
            if (p.sites().size() > 1) {
                for (SiteResult s : p.sites()) {
                    List<Para> verdict = new ArrayList<>();
                    verdict.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, s.pass() ? PdfStyle.TEXT : PdfStyle.FAIL,
                            s.pass() ? "本站合格" : "本站不合格：" + String.join("；", s.reasons())));
                    t.add(new Table.Row(List.of(
                            List.of(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.MUTED, "网站：" + s.site())),
                            cell(flow, Points.format(p.max())), cell(flow, two(s.score())),
                            List.of(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.MUTED, "取平均")), verdict),
                            List.of(2, 1, 1, 1, 1), PdfStyle.SUBGROUP_FILL, null));
                }
            }
        }
        t.add(new Table.Row(List.of(
                List.of(new Para(flow.bold(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, "合计")),
                cell(flow, Points.format(card.rubric().total())), List.of(), 
                List.of(new Para(flow.bold(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, two(r.total()))),
                List.of(new Para(flow.bold(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, r.tier() + "，绩效 "
                        + Points.format(r.performancePercent()) + "%"))),
                List.of(2, 1, 1, 1, 1), PdfStyle.GROUP_FILL, null));
        t.finish();
    }

    private static List<Para> verdict(PageFlow flow, Scorecard card, PartResult p) {
        UnitResult r = card.result();
        List<Para> out = new ArrayList<>();
        if (p.judged()) {
            String pass = p.pass() ? "合格" : "不合格";
            String text = pass;
            if (!p.pass() && !p.reasons().isEmpty()) {
                text += "：" + String.join("；", p.reasons());
            }
            out.add(new Para(p.pass() ? flow.regular() : flow.bold(), PdfStyle.TABLE_SIZE,
                    p.pass() ? PdfStyle.TEXT : PdfStyle.FAIL, text));
            card.rubric().verdicts().stream().filter(v -> v.part().equals(p.name())).findFirst()
                    .ifPresent(v -> out.add(new Para(flow.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED,
                            "合格线 " + Points.format(v.passMin()) + " 分" + (p.sites().size() > 1
                                    ? "；本部分得分为 " + p.sites().size() + " 个网站的平均分" : ""))));
        } else if (p.bonus()) {
            out.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, r.bonusCounted() ? PdfStyle.TEXT : PdfStyle.FAIL,
                    r.bonusCounted() ? "计入总分" : "未计入总分（见加分门槛）"));
        } else {
            out.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.MUTED, "—"));
        }
        return out;
    }

    /** What the bonus gate decided, in words: the sum it looked at, the threshold, and the effect. */
    static String bonusGateText(Scorecard card) {
        UnitResult r = card.result();
        BonusGate gate = card.rubric().bonusGate();
        if (gate == null) {
            return "本细则未设加分门槛，加分指标得分计入总分。";
        }
        List<String> terms = new ArrayList<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (String name : gate.parts()) {
            BigDecimal score = r.part(name).map(PartResult::score).orElse(BigDecimal.ZERO);
            terms.add(name + " " + two(score));
            sum = sum.add(score);
        }
        String arithmetic = String.join(" + ", terms) + " = " + two(sum) + " 分";
        if (r.bonusCounted()) {
            return arithmetic + "，达到 " + Points.format(gate.min()) + " 分，加分指标得分（"
                    + Points.format(r.bonusEarned()) + " 分）计入总分。";
        }
        return arithmetic + "，未达到 " + Points.format(gate.min()) + " 分，加分指标已得 "
                + Points.format(r.bonusEarned()) + " 分，不计入总分。";
    }

    private static List<Para> vetoCell(PageFlow flow, Scorecard card) {
        UnitResult r = card.result();
        if (!r.vetoed()) {
            return HeaderSection.value(flow, "无");
        }
        List<Para> out = new ArrayList<>();
        out.add(new Para(flow.bold(), PdfStyle.BODY_SIZE - 0.5f, PdfStyle.FAIL,
                String.join("；", r.vetoReasons()) + " → 评定为" + r.tier()));
        for (String note : card.vetoNotes()) {
            out.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.NOTE, "检查记录：" + note));
        }
        return out;
    }

    private static List<Para> cell(PageFlow flow, String text) {
        return List.of(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, text == null ? "" : text));
    }

    static String two(BigDecimal v) {
        return Points.round2(v).toPlainString();
    }
}
