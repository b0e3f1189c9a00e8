package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks a bound rubric must pass beyond its JSON shape: names and points present, rules
 * complete for their kind, rule ids and item paths unique, and every level adding up to the one
 * above it (items to their section, sections to their part, parts to the total), as
 * rubric-notes.md requires of the 2022 rubric and any other.
 */
final class RubricRulesCheck {

    private final Rubric rubric;
    private final Problems problems;
    private final Set<String> kinds = new HashSet<>();

    private RubricRulesCheck(Rubric rubric, Problems problems) {
        this.rubric = rubric;
        this.problems = problems;
    }

    static void check(Rubric rubric, Problems problems) {
        new RubricRulesCheck(rubric, problems).checkRubric();
    }

    private void checkRubric() {
        requireText(rubric.id(), "$.id", "评分规则标识 id(如 \"mianyang-2022\")", "the rubric's id (e.g. \"mianyang-2022\")");
        requireText(rubric.title(), "$.title", "文件标题 title", "the document's title");
        requirePositive(rubric.total(), "$.total", "总分 total", "the total");
        checkUnitKinds();
        if (isEmpty(rubric.parts())) {
            problems.add("$.parts", "缺少 parts:至少需要一个评分部分 / parts missing: a rubric needs at least one part");
        } else {
            checkParts();
        }
        OutcomesCheck.check(rubric, kinds, problems);
    }

    private void checkUnitKinds() {
        if (isEmpty(rubric.unitKinds())) {
            problems.add("$.unitKinds", "缺少 unitKinds:列出被检查单位的类别(如 \"县市区\", \"园区\", \"市级部门\") / "
                    + "unitKinds missing: list the kinds of unit inspected (e.g. \"县市区\", \"园区\", \"市级部门\")");
            return;
        }
        for (int i = 0; i < rubric.unitKinds().size(); i++) {
            String kind = rubric.unitKinds().get(i);
            String path = "$.unitKinds[" + i + "]";
            if (kind != null && kind.isBlank()) {
                problems.add(path, "单位类别不能为空 / a unit kind may not be blank");
            } else if (kind != null && !kinds.add(kind)) {
                problems.add(path, "单位类别 “" + kind + "” 重复,删除其一 / unit kind \"" + kind + "\" is listed twice: remove one");
            }
        }
    }

    private void checkParts() {
        Set<String> partNames = new HashSet<>();
        Map<String, String> itemPaths = new HashMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (int p = 0; p < rubric.parts().size(); p++) {
            Part part = rubric.parts().get(p);
            String path = "$.parts[" + p + "]";
            if (part == null) {
                continue;
            }
            if (requireText(part.name(), path + ".name", "部分名称 name", "the part's name")
                    && !partNames.add(part.name())) {
                problems.add(path + ".name", "部分名称 “" + part.name() + "” 重复:部分名称是条目路径的第一段,必须唯一 / part name \""
                        + part.name() + "\" is used twice: it is the first segment of item paths and must be unique");
            }
            if (part.scope() == null) {
                problems.add(path + ".scope", "缺少 scope:填写 UNIT、WEBSITE 或 NEW_MEDIA / scope missing: give UNIT, WEBSITE or NEW_MEDIA");
            }
            boolean pointsKnown = requirePositive(part.points(), path + ".points", "该部分的分值 points", "the part's points");
            sumKnown &= pointsKnown;
            if (pointsKnown) {
                sum = sum.add(part.points());
            }
            checkSections(part, path, itemPaths);
        }
        if (sumKnown && rubric.total() != null && sum.compareTo(rubric.total()) != 0) {
            problems.add("$.total", "各部分分值之和为 " + plain(sum) + ",与总分 " + plain(rubric.total())
                    + " 不符:请核对各部分的 points 或 total / the parts add up to " + plain(sum) + ", not the total "
                    + plain(rubric.total()) + ": fix the parts' points or the total");
        }
    }

    private void checkSections(Part part, String partPath, Map<String, String> itemPaths) {
        if (isEmpty(part.sections())) {
            problems.add(partPath + ".sections", "缺少 sections:该部分至少需要一个一级指标 / sections missing: a part needs at least one section");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (int s = 0; s < part.sections().size(); s++) {
            Section section = part.sections().get(s);
            String path = partPath + ".sections[" + s + "]";
            if (section == null) {
                continue;
            }
            optionalName(section.name(), path + ".name");
            if (section.name() == null && part.sections().size() > 1) {
                problems.add(path + ".name", "一级指标名称为 null 时该部分只能有这一个一级指标:请填写名称 / a section may be "
                        + "unnamed only when it is its part's one section: give it a name");
            }
            boolean pointsKnown = requirePositive(section.points(), path + ".points", "该一级指标的分值 points", "the section's points");
            sumKnown &= pointsKnown;
            if (pointsKnown) {
                sum = sum.add(section.points());
            }
            checkItems(part, section, path, itemPaths);
        }
        if (sumKnown && part.points() != null && sum.compareTo(part.points()) != 0) {
            problems.add(partPath + ".points", "一级指标分值之和为 " + plain(sum) + ",与该部分分值 " + plain(part.points())
                    + " 不符:请核对各一级指标的 points / the sections add up to " + plain(sum) + ", not the part's "
                    + plain(part.points()) + ": fix the sections' points or the part's");
        }
    }

    private void checkItems(Part part, Section section, String sectionPath, Map<String, String> itemPaths) {
        if (isEmpty(section.items())) {
            problems.add(sectionPath + ".items", "缺少 items:该一级指标至少需要一个二级指标 / items missing: a section needs at least one item");
            return;
        }
        BigDecimal sum = BigDecimal.ZERO;
        boolean sumKnown = true;
        for (int i = 0; i < section.items().size(); i++) {
            Item item = section.items().get(i);
            String path = sectionPath + ".items[" + i + "]";
            if (item == null) {
                continue;
            }
            optionalName(item.name(), path + ".name");
            if (item.name() == null && section.items().size() > 1) {
                problems.add(path + ".name", "二级指标名称为 null 时该一级指标只能有这一个二级指标:请填写名称 / an item may be "
                        + "unnamed only when it is its section's one item: give it a name");
            }
            if (part.name() != null) {
                String itemPath = RubricIndex.pathOf(part, section, item);
                String earlier = itemPaths.putIfAbsent(itemPath, path);
                if (earlier != null) {
                    problems.add(path + ".name", "条目路径 “" + itemPath + "” 与 " + earlier + " 重复:改名或合并 / item path \""
                            + itemPath + "\" is already used by " + earlier + ": rename or merge them");
                }
            }
            boolean pointsKnown = requirePositive(item.points(), path + ".points", "该二级指标的分值 points", "the item's points");
            sumKnown &= pointsKnown;
            if (pointsKnown) {
                sum = sum.add(item.points());
            }
            OutcomesCheck.checkApplicability(item.applicability(), path + ".applicability", kinds, problems);
            checkRules(item, path);
        }
        if (sumKnown && section.points() != null && sum.compareTo(section.points()) != 0) {
            problems.add(sectionPath + ".points", "二级指标分值之和为 " + plain(sum) + ",与一级指标分值 " + plain(section.points())
                    + " 不符:请核对各二级指标的 points / the items add up to " + plain(sum) + ", not the section's "
                    + plain(section.points()) + ": fix the items' points or the section's");
        }
    }

    private void checkRules(Item item, String itemPath) {
        if (isEmpty(item.rules())) {
            problems.add(itemPath + ".rules", "缺少 rules:该二级指标至少需要一条评分细则 / rules missing: an item needs at least one rule");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int r = 0; r < item.rules().size(); r++) {
            Rule rule = item.rules().get(r);
            String path = itemPath + ".rules[" + r + "]";
            if (rule == null) {
                continue;
            }
            if (requireText(rule.id(), path + ".id", "规则编号 id(如 \"1\"、\"1a\")", "the rule's id (e.g. \"1\", \"1a\")")
                    && !ids.add(rule.id())) {
                problems.add(path + ".id", "规则编号 “" + rule.id() + "” 在本二级指标中重复:按原文编号改为唯一编号(1、2 或 1a、1b) / rule id \""
                        + rule.id() + "\" is used twice in this item: number rules uniquely as the document does (1, 2 or 1a, 1b)");
            }
            requireText(rule.text(), path + ".text", "评分细则原文 text", "the rule's text as the document words it");
            OutcomesCheck.checkApplicability(rule.applicability(), path + ".applicability", kinds, problems);
            checkRule(rule, path);
        }
    }

    private void checkRule(Rule rule, String path) {
        if (rule.kind() == null) {
            problems.add(path + ".kind", "缺少 kind:填写 CHECK(一次性)、COUNT(按次)或 MEASURE(按测量值分档) / "
                    + "kind missing: give CHECK (once), COUNT (per occurrence) or MEASURE (tiers of a measured value)");
        } else if (rule.kind() == Rule.Kind.MEASURE) {
            if (rule.points() != null) {
                problems.add(path + ".points", "MEASURE 规则的分值来自各档 tiers,请删除 points / a MEASURE rule takes its points "
                        + "from its tiers: remove points");
            }
            if (rule.measure() == null) {
                problems.add(path + ".measure", "MEASURE 规则缺少 measure:填写测量类型 type 与分档 tiers / a MEASURE rule needs a "
                        + "measure: give its type and tiers");
            } else {
                MeasureTiersCheck.check(rule.measure(), path + ".measure", problems);
            }
        } else {
            String kind = rule.kind().name();
            if (rule.points() == null) {
                problems.add(path + ".points", kind + " 规则缺少 points:填写" + (rule.kind() == Rule.Kind.CHECK ? "一次" : "每次")
                        + "扣(加)的分数 / a " + kind + " rule needs points: the points " + (rule.kind() == Rule.Kind.CHECK
                        ? "it is worth once" : "per occurrence"));
            } else {
                requirePositive(rule.points(), path + ".points", "规则分值 points", "the rule's points");
            }
            if (rule.measure() != null) {
                problems.add(path + ".measure", kind + " 规则不能有 measure:按测量值分档的规则请把 kind 改为 MEASURE / a " + kind
                        + " rule has no measure: make it kind MEASURE to grade a measured value");
            }
        }
        if (rule.cap() != null) {
            requirePositive(rule.cap(), path + ".cap", "规则上限 cap", "the rule's cap");
        }
        if (rule.sample() != null) {
            if (rule.sample().size() < 1) {
                problems.add(path + ".sample.size", "抽查数量 size 应为正整数(如 3、5) / the sample size must be a whole number "
                        + "of at least 1 (e.g. 3, 5)");
            }
            requireText(rule.sample().of(), path + ".sample.of", "抽查对象 of(如 \"办事指南\")", "what the sample is drawn from (e.g. \"办事指南\")");
        }
    }

    /** Section and item names may be null (no such level), but not blank and not holding "/". */
    private void optionalName(String name, String path) {
        if (name != null && name.isBlank()) {
            problems.add(path, "名称为空白:没有该层级时写 null / the name is blank: write null where the level has no name");
        } else if (name != null && name.contains("/")) {
            problems.add(path, "名称不能含有 “/”(它分隔条目路径) / a name may not contain \"/\" (it separates item paths)");
        }
    }

    private boolean requireText(String value, String path, String what, String whatEnglish) {
        if (value == null || value.isBlank()) {
            problems.add(path, "缺少" + what + " / missing " + whatEnglish);
            return false;
        }
        if (path.endsWith(".name") && value.contains("/")) {
            problems.add(path, "名称不能含有 “/”(它分隔条目路径) / a name may not contain \"/\" (it separates item paths)");
        }
        return true;
    }

    private boolean requirePositive(BigDecimal value, String path, String what, String whatEnglish) {
        if (value == null) {
            problems.add(path, "缺少" + what + ",请填写大于 0 的数字 / missing " + whatEnglish + ": give a number greater than 0");
            return false;
        }
        if (value.signum() <= 0) {
            problems.add(path, what + "应大于 0,实际为 " + plain(value) + " / " + whatEnglish + " must be greater than 0, not "
                    + plain(value));
            return false;
        }
        return true;
    }

    static boolean isEmpty(List<?> list) {
        return list == null || list.isEmpty();
    }

    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
