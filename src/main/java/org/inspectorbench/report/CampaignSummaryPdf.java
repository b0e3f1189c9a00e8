package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.UnitResult;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;

/**
 * The campaign summary of {@code --all}: tier counts with the units in each tier, and every unit
 * ranked ({@link Ranking}) with its part scores, total and 等次, then the signature block.
 */
public final class CampaignSummaryPdf {

    private static final float SIZE = 7.8f;

    private CampaignSummaryPdf() {
    }

    public static RenderedPdf render(CampaignSummary s) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            Typeface regular = new Typeface(PdfFonts.regular(doc));
            Typeface bold = new Typeface(PdfFonts.bold(doc));
            SignatureSpot spot;
            try (PageFlow flow = new PageFlow(doc, regular, bold)) {
                flow.onNewPage(n -> {
                    try {
                        PageDecorations.runningHeader(flow, n, s.title(), "监测时间点 " + s.monitoringDate());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
                flow.newPage();
                HeaderSection.title(flow, s.title(), s.rubric().title());
                Table form = HeaderSection.form(flow);
                form.add(HeaderSection.pair(flow, "考核名称", s.campaign(), "监测时间点", String.valueOf(s.monitoringDate())));
                form.add(HeaderSection.pair(flow, "参加单位", s.results().size() + " 个", "生成时间",
                        HeaderSection.GENERATED.format(s.generatedAt())));
                form.finish();
                flow.moveDown(12);
                tiers(flow, s);
                ranking(flow, s);
                spot = SignatureBlock.draw(flow, "本汇总表经考核工作组核对确认；电子签名后，对文件的任何改动都会使签名失效。",
                        "考核工作组（签名）", "复核（会签）");
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            PageDecorations.footers(doc, regular, s.campaign() + " · 生成于 " + HeaderSection.GENERATED.format(s.generatedAt()));
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(s.title());
            info.setSubject(s.campaign());
            info.setCreator("Inspector Workbench 政务公开检查考核工作台");
            info.setCreationDate(GregorianCalendar.from(s.generatedAt()));
            doc.getDocumentCatalog().setLanguage("zh-CN");
            return new RenderedPdf(ScorecardPdf.save(doc), doc.getNumberOfPages(), spot);
        }
    }

    private static void tiers(PageFlow flow, CampaignSummary s) throws IOException {
        Headings.section(flow, "一、等次分布", 80);
        List<Tier> tiers = s.rubric().tiers();
        Map<String, Integer> counts = Ranking.tierCounts(s.results(), tiers);
        float rest = flow.width() - 64 - 96 - 40 - 44;
        Table t = new Table(flow, List.of(
                new Table.Column("等次", 64, Table.Align.CENTER),
                new Table.Column("总分", 96, Table.Align.CENTER),
                new Table.Column("绩效", 40, Table.Align.CENTER),
                new Table.Column("单位数", 44, Table.Align.CENTER),
                new Table.Column("单位", rest, Table.Align.LEFT)));
        for (int i = 0; i < tiers.size(); i++) {
            Tier tier = tiers.get(i);
            String range;
            if (tier.min() == null) {
                range = (i > 0 && tiers.get(i - 1).min() != null ? "低于 " + Points.format(tiers.get(i - 1).min()) + " 分" : "")
                        + (tier.vetoTier() ? "，或有单项否决" : "");
            } else {
                range = Points.format(tier.min()) + " 分及以上" + (i > 0 && tiers.get(i - 1).min() != null
                        ? "，低于 " + Points.format(tiers.get(i - 1).min()) + " 分" : "");
            }
            List<String> names = new ArrayList<>();
            for (UnitResult r : s.results()) {
                if (r.tier().equals(tier.name())) {
                    names.add(r.unit() + (r.vetoed() ? "（单项否决）" : ""));
                }
            }
            t.add(Table.Row.of(null, List.of(
                    cell(flow.bold(), tier.name(), PdfStyle.TEXT), cell(flow.regular(), range, PdfStyle.TEXT),
                    cell(flow.regular(), Points.format(tier.performancePercent()) + "%", PdfStyle.TEXT),
                    cell(flow.bold(), String.valueOf(counts.get(tier.name())), PdfStyle.TEXT),
                    cell(flow.regular(), names.isEmpty() ? "—" : String.join("、", names), PdfStyle.TEXT))));
        }
        t.add(new Table.Row(List.of(cell(flow.bold(), "合计", PdfStyle.TEXT),
                cell(flow.bold(), String.valueOf(s.results().size()), PdfStyle.TEXT),
                cell(flow.regular(), "其中因单项否决评定为不合格的 " + Ranking.vetoed(s.results()) + " 个", PdfStyle.MUTED)),
                List.of(3, 1, 1), PdfStyle.GROUP_FILL, null));
        t.finish();
        flow.moveDown(10);
    }

    private static void ranking(PageFlow flow, CampaignSummary s) throws IOException {
        Headings.section(flow, "二、得分排名", 80);
        List<Part> parts = s.rubric().parts();
        float partWidth = 46;
        float fixed = 28 + 28 + 92 + 40 + parts.size() * partWidth + 40;
        List<Table.Column> columns = new ArrayList<>(List.of(
                new Table.Column("排名", 28, Table.Align.CENTER),
                new Table.Column("类内排名", 28, Table.Align.CENTER),
                new Table.Column("单位", 92, Table.Align.LEFT),
                new Table.Column("类别", 40, Table.Align.CENTER)));
        for (Part p : parts) {
            columns.add(new Table.Column(p.name(), partWidth, Table.Align.CENTER));
        }
        columns.add(new Table.Column("总分", 40, Table.Align.CENTER));
        columns.add(new Table.Column("等次", flow.width() - fixed, Table.Align.CENTER));
        Table t = new Table(flow, columns).headerSize(SIZE - 0.3f);
        for (Ranking.Entry e : Ranking.of(s.results(), s.rubric().tiers())) {
            UnitResult r = e.result();
            List<List<Para>> cells = new ArrayList<>();
            cells.add(cell(flow.bold(), String.valueOf(e.rank()), PdfStyle.TEXT));
            cells.add(cell(flow.regular(), String.valueOf(e.rankInKind()), PdfStyle.TEXT));
            cells.add(cell(flow.regular(), r.unit(), PdfStyle.TEXT));
            cells.add(cell(flow.regular(), r.kind(), PdfStyle.TEXT));
            for (Part p : parts) {
                PartResult pr = r.part(p.name()).orElse(null);
                List<Para> c = new ArrayList<>();
                if (pr == null) {
                    c.add(new Para(flow.regular(), SIZE, PdfStyle.MUTED, "—"));
                } else {
                    c.add(new Para(flow.regular(), SIZE, pr.judged() && !pr.pass() ? PdfStyle.FAIL : PdfStyle.TEXT,
                            Points.format(pr.counted())));
                    if (pr.bonus() && !r.bonusCounted() && pr.score().signum() > 0) {
                        c.add(new Para(flow.regular(), SIZE - 1.5f, PdfStyle.MUTED, "得" + Points.format(pr.score()) + "未计"));
                    }
                }
                cells.add(c);
            }
            cells.add(cell(flow.bold(), SummarySection.two(r.total()), PdfStyle.TEXT));
            Color tierColor = r.vetoed() || r.performancePercent().compareTo(lowestPercent(s)) == 0 ? PdfStyle.FAIL : PdfStyle.TEXT;
            List<Para> tier = new ArrayList<>();
            tier.add(new Para(flow.regular(), SIZE, tierColor, r.tier()));
            if (r.vetoed()) {
                tier.add(new Para(flow.regular(), SIZE - 1.5f, PdfStyle.FAIL, "单项否决：" + String.join("；", r.vetoReasons())));
            }
            cells.add(tier);
            t.add(Table.Row.of(null, cells));
        }
        t.finish();
        flow.moveDown(10);
    }

    private static java.math.BigDecimal lowestPercent(CampaignSummary s) {
        return s.rubric().tiers().stream().map(Tier::performancePercent).min(java.math.BigDecimal::compareTo)
                .orElse(java.math.BigDecimal.ZERO);
    }

    private static List<Para> cell(Typeface face, String text, Color color) {
        return List.of(new Para(face, SIZE, color, text));
    }
}
