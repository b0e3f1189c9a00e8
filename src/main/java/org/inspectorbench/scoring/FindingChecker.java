package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Rule;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Checks one finding against the rubric and works out what it is worth: the item exists and belongs
 * where the finding is recorded, the rule exists, counted rules get a count >= 0 and no value,
 * measured rules get a value of their type and no count. Problems name the JSON path and, for an
 * unknown name, the closest valid names.
 */
final class FindingChecker {

    private static final int SUGGESTIONS = 3;

    private final RubricPlan plan;
    private final MeasureReader reader;

    FindingChecker(RubricPlan plan, MeasureReader reader) {
        this.plan = plan;
        this.reader = reader;
    }

    /**
     * The scored finding, or null with the problems added to {@code problems}. A finding on a rule
     * that concerns only some units (承担督促指导的市级部门: kind and tag) counts nothing for another unit.
     */
    ScoredFinding check(String key, FindingInput finding, FindingPlace place, String unitKind, List<String> unitTags,
                        LocalDate monitoringDate, JsonPath path, List<InputProblem> problems) {
        if (finding == null) {
            problems.add(new InputProblem(path.toString(), "空的记录 empty finding"));
            return null;
        }
        ItemPlan item = item(finding.item(), place, path + ".item", problems);
        if (item == null) {
            return null;
        }
        RulePlan rule = rule(item, finding.rule(), path + ".rule", problems);
        if (rule == null) {
            return null;
        }
        if (!rule.rule.appliesTo(unitKind, unitTags)) {
            // As for an item 不检查 for the unit: the finding is kept but counts nothing, and says why.
            String reason = rule.rule.applicability().reason();
            return new ScoredFinding(key, finding, place, item, rule, 0,
                    Explanations.NOT_FOR_UNIT + (reason == null ? "" : "(" + reason + ")"), BigDecimal.ZERO);
        }
        return switch (rule.rule.kind()) {
            case CHECK, COUNT -> counted(key, finding, place, item, rule, path, problems);
            case MEASURE -> measured(key, finding, place, item, rule, monitoringDate, path, problems);
        };
    }

    private ItemPlan item(String name, FindingPlace place, String path, List<InputProblem> problems) {
        if (Points.blank(name)) {
            problems.add(new InputProblem(path, "缺少指标 item is missing"));
            return null;
        }
        ItemPlan item = plan.items.get(name);
        if (item == null) {
            problems.add(new InputProblem(path, "未知的指标 unknown item \"" + name + "\"",
                    RubricIndex.closest(name, plan.itemPathsOfScope(place.scope()), SUGGESTIONS)));
            return null;
        }
        if (item.part.scope() != place.scope()) {
            problems.add(new InputProblem(path, "指标 \"" + name + "\" 属于" + item.part.name() + ", 应记在 "
                    + where(item.part.scope()) + " 中, 而不是 " + where(place.scope())));
            return null;
        }
        return item;
    }

    private static RulePlan rule(ItemPlan item, String id, String path, List<InputProblem> problems) {
        if (Points.blank(id)) {
            problems.add(new InputProblem(path, "缺少细则编号 rule is missing; \"" + item.path + "\" 的细则: "
                    + String.join(", ", item.ruleIds())));
            return null;
        }
        RulePlan rule = item.rulePlans.get(id.trim());
        if (rule == null) {
            problems.add(new InputProblem(path, "指标 \"" + item.path + "\" 没有细则 unknown rule \"" + id + "\"",
                    RubricIndex.closest(id, item.ruleIds(), SUGGESTIONS)));
        }
        return rule;
    }

    private static ScoredFinding counted(String key, FindingInput f, FindingPlace place, ItemPlan item, RulePlan rule,
                                         JsonPath path, List<InputProblem> problems) {
        Rule r = rule.rule;
        if (f.value() != null) {
            problems.add(new InputProblem(path + ".value", "细则" + r.id() + " 按" + (r.kind() == Rule.Kind.CHECK ? "是否发生" : "次数")
                    + "计分, 不接受 value; 请用 count (整数, 默认 1)"));
            return null;
        }
        int count = f.count() == null ? 1 : f.count();
        if (count < 0) {
            problems.add(new InputProblem(path + ".count", "count 不能为负数 (" + count + "); 应为 >= 0 的整数"));
            return null;
        }
        BigDecimal points;
        String detail;
        if (r.kind() == Rule.Kind.CHECK) {
            points = count > 0 ? r.points() : BigDecimal.ZERO;
            detail = count > 0 ? "存在此情形" : "未发生";
        } else {
            points = r.points().multiply(BigDecimal.valueOf(count));
            detail = count + "处";
        }
        return new ScoredFinding(key, f, place, item, rule, count, detail, points);
    }

    private ScoredFinding measured(String key, FindingInput f, FindingPlace place, ItemPlan item, RulePlan rule,
                                   LocalDate monitoringDate, JsonPath path, List<InputProblem> problems) {
        if (f.count() != null) {
            problems.add(new InputProblem(path + ".count", "细则" + rule.rule.id() + " 按测量值计分 ("
                    + typeName(rule) + "), 不接受 count; 请用 value"));
            return null;
        }
        if (Points.blank(f.value())) {
            problems.add(new InputProblem(path + ".value", "细则" + rule.rule.id() + " 需要测量值 value ("
                    + typeName(rule) + ")"));
            return null;
        }
        Measurement m;
        try {
            m = reader.read(rule.measureType, f.value(), monitoringDate);
        } catch (MeasureReader.BadValue e) {
            problems.add(new InputProblem(path + ".value", e.getMessage()));
            return null;
        }
        RulePlan.TierPlan tier = reader.tier(rule, m, monitoringDate);
        String detail = m.display() + ", " + (tier == null ? (item.bonus ? "未达得分档次" : "未达扣分档次") : tier.label());
        BigDecimal points = tier == null ? BigDecimal.ZERO : tier.tier().points();
        return new ScoredFinding(key, f, place, item, rule, 0, detail, points);
    }

    static String typeName(RulePlan rule) {
        return switch (rule.measureType) {
            case DATE -> "日期 ISO date";
            case FRACTION -> "比例 fraction";
            case NUMBER -> "数值 number";
            case WORKING_DAYS -> "提问/答复日期 asked/answered";
        };
    }

    static String where(Part.Scope scope) {
        return switch (scope) {
            case UNIT -> "单位的 findings";
            case WEBSITE -> "websites[].findings";
            case NEW_MEDIA -> "newMedia.findings";
        };
    }
}
