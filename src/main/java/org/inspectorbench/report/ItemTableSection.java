package org.inspectorbench.report;

import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.scoring.FindingContribution;
import org.inspectorbench.scoring.ItemResult;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.RuleOutcome;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "二、评分明细": every item of the rubric with its maximum and score, and for each deduction or
 * award the rule's own text, the points, and the inspector's record (note, count or measurement).
 * Items "不检查" for the unit are shown as 不适用 at full points. For a unit with several websites
 * the website part is listed once per website, each with its own score.
 */
final class ItemTableSection {

    private static final float ITEM_WIDTH = 96;
    private static final float MAX_WIDTH = 34;
    private static final float SCORE_WIDTH = 40;

    private ItemTableSection() {
    }

    static void draw(PageFlow flow, Scorecard card, Map<String, List<Integer>> figuresByFinding) throws IOException {
        Headings.section(flow, "二、评分明细", 90);
        Table table = new Table(flow, List.of(
                new Table.Column("指标", ITEM_WIDTH, Table.Align.LEFT),
                new Table.Column("分值", MAX_WIDTH, Table.Align.CENTER),
                new Table.Column("得分", SCORE_WIDTH, Table.Align.CENTER),
                new Table.Column("扣分（加分）依据及检查记录", flow.width() - ITEM_WIDTH - MAX_WIDTH - SCORE_WIDTH,
                        Table.Align.LEFT)));
        Map<String, Part> parts = new HashMap<>();
        Map<String, BigDecimal> sectionPoints = new HashMap<>();
        for (Part p : card.rubric().parts()) {
            parts.put(p.name(), p);
            for (Section s : p.sections()) {
                if (s.name() != null) {
                    sectionPoints.put(p.name() + "/" + s.name(), s.points());
                }
            }
        }
        Map<String, Map<String, List<ItemResult>>> byPartAndSite = new LinkedHashMap<>();
        for (ItemResult i : card.result().items()) {
            byPartAndSite.computeIfAbsent(i.item().split("/", 2)[0], k -> new LinkedHashMap<>())
                    .computeIfAbsent(i.site() == null ? "" : i.site(), k -> new ArrayList<>()).add(i);
        }
        for (Map.Entry<String, Map<String, List<ItemResult>>> part : byPartAndSite.entrySet()) {
            Part p = parts.get(part.getKey());
            boolean severalSites = part.getValue().size() > 1;
            String partTitle = (p == null ? "" : p.division() + "  ") + part.getKey()
                    + (p == null ? "" : "（" + Points.format(p.points()) + " 分）");
            table.group(Table.Row.spanning(PdfStyle.GROUP_FILL,
                    List.of(new Para(flow.bold(), PdfStyle.TABLE_SIZE + 0.5f, PdfStyle.TEXT, partTitle))));
            for (Map.Entry<String, List<ItemResult>> site : part.getValue().entrySet()) {
                if (severalSites) {
                    BigDecimal siteScore = card.result().part(part.getKey()).flatMap(pr -> pr.sites().stream()
                            .filter(s -> s.site().equals(site.getKey())).findFirst()).map(s -> s.score()).orElse(null);
                    table.group(Table.Row.spanning(PdfStyle.SUBGROUP_FILL, List.of(new Para(flow.bold(),
                            PdfStyle.TABLE_SIZE, PdfStyle.TEXT, "网站：" + site.getKey()
                            + (siteScore == null ? "" : "（本站得分 " + Points.format(siteScore) + "）")))));
                }
                String section = null;
                for (ItemResult item : site.getValue()) {
                    String[] path = item.item().split("/");
                    String itemSection = path.length >= 3 ? path[0] + "/" + path[1] : null;
                    if (itemSection != null && !Objects.equals(itemSection, section)) {
                        BigDecimal points = sectionPoints.get(itemSection);
                        table.group(Table.Row.spanning(null, List.of(new Para(flow.bold(), PdfStyle.TABLE_SIZE,
                                PdfStyle.MUTED, path[1] + (points == null ? "" : "（" + Points.format(points) + " 分）")))));
                    }
                    section = itemSection;
                    table.add(row(flow, item, figuresByFinding));
                }
            }
        }
        table.finish();
        flow.moveDown(10);
    }

    private static Table.Row row(PageFlow flow, ItemResult item, Map<String, List<Integer>> figures) {
        List<Para> score = new ArrayList<>();
        score.add(new Para(flow.bold(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, Points.format(item.score())));
        if (!item.applicable()) {
            score.add(new Para(flow.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED, "不适用"));
        }
        return Table.Row.of(null, List.of(
                List.of(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, item.label())),
                List.of(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, Points.format(item.max()))),
                score,
                details(flow, item, figures)));
    }

    /** The reasoning of one item: each rule that has findings, its text, its points and the records behind it. */
    static List<Para> details(PageFlow flow, ItemResult item, Map<String, List<Integer>> figures) {
        List<Para> out = new ArrayList<>();
        if (!item.applicable()) {
            out.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.MUTED, item.explanation()));
            return out;
        }
        if (item.rules().isEmpty()) {
            out.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.MUTED,
                    item.bonus() ? "无加分记录" : "未发现扣分情形"));
            return out;
        }
        String verb = item.bonus() ? "加" : "扣";
        for (RuleOutcome o : item.rules()) {
            String head = "细则" + o.ruleId() + "  " + verb + " " + Points.format(o.counted()) + " 分";
            if (o.capped()) {
                head += "（本条合计 " + Points.format(o.sum()) + " 分，最多" + verb + " "
                        + Points.format(o.rule().cap()) + " 分）";
            }
            out.add(new Para(flow.bold(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, head, 0, out.isEmpty() ? 0 : 3));
            out.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, o.rule().text()));
            for (FindingContribution f : o.findings()) {
                out.add(new Para(flow.regular(), PdfStyle.TABLE_SIZE, PdfStyle.NOTE, record(f, figures), 8, 0));
            }
            if (o.rule().reading() != null && !o.rule().reading().isBlank()) {
                out.add(new Para(flow.regular(), PdfStyle.SMALL_SIZE, PdfStyle.MUTED, "读法：" + o.rule().reading(), 8, 0));
            }
        }
        if (item.capped()) {
            out.add(new Para(flow.bold(), PdfStyle.TABLE_SIZE, PdfStyle.TEXT, "共" + verb + " " + Points.format(item.sum())
                    + " 分，超过分值 " + Points.format(item.max()) + " 分，" + (item.bonus() ? "按分值计" : "扣完为止")
                    + "。", 0, 3));
        }
        return out;
    }

    /** "记录：2处，首页链接失效（见附图 3）". */
    private static String record(FindingContribution f, Map<String, List<Integer>> figures) {
        StringBuilder text = new StringBuilder("记录：");
        List<String> parts = new ArrayList<>();
        if (f.account() != null && !f.account().isBlank()) {
            parts.add("账号：" + f.account());
        }
        if (f.value() != null && f.detail() != null) {
            parts.add(f.detail());
        } else if (f.count() != null && f.count() > 1) {
            parts.add(f.count() + "处");
        }
        if (f.note() != null && !f.note().isBlank()) {
            parts.add(f.note().strip());
        }
        if (parts.isEmpty() || parts.size() == 1 && f.account() != null && !f.account().isBlank()) {
            parts.add("存在此情形");
        }
        text.append(String.join("，", parts));
        text.append("（").append(Points.format(f.points())).append(" 分）");
        List<Integer> figs = figures.get(f.findingId());
        if (figs != null && !figs.isEmpty()) {
            List<String> numbers = new ArrayList<>();
            figs.forEach(n -> numbers.add(String.valueOf(n)));
            text.append("，见附图 ").append(String.join("、", numbers));
        }
        return text.toString();
    }
}
