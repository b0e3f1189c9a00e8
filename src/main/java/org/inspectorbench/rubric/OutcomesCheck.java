package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks what a rubric decides beyond points: the 单项否决 conditions, the verdicts of parts judged
 * on their own, the bonus gate and the 等次 with their 绩效; and that every applicability names
 * unit kinds the rubric knows.
 */
final class OutcomesCheck {

    private final Rubric rubric;
    private final Set<String> kinds;
    private final Problems problems;
    private final Map<String, Part> parts = new HashMap<>();

    private OutcomesCheck(Rubric rubric, Set<String> kinds, Problems problems) {
        this.rubric = rubric;
        this.kinds = kinds;
        this.problems = problems;
        if (rubric.parts() != null) {
            for (Part part : rubric.parts()) {
                if (part != null && part.name() != null) {
                    parts.putIfAbsent(part.name(), part);
                }
            }
        }
    }

    static void check(Rubric rubric, Set<String> kinds, Problems problems) {
        OutcomesCheck check = new OutcomesCheck(rubric, kinds, problems);
        check.checkVetoes();
        check.checkVerdicts();
        check.checkBonusGate();
        check.checkTiers();
    }

    static void checkApplicability(Applicability applicability, String path, Set<String> kinds, Problems problems) {
        if (applicability == null || applicability.kinds() == null) {
            return;
        }
        for (int k = 0; k < applicability.kinds().size(); k++) {
            String kind = applicability.kinds().get(k);
            if (kind != null && !kinds.isEmpty() && !kinds.contains(kind)) {
                problems.add(path + ".kinds[" + k + "]", "未知的单位类别 “" + kind + "”:应为 unitKinds 中的 " + String.join("、", kinds)
                        + " / unknown unit kind \"" + kind + "\": use one of the rubric's unitKinds: " + String.join(", ", kinds));
            }
        }
    }

    private void checkVetoes() {
        if (rubric.vetoes() == null) {
            return;
        }
        Set<String> paths = new HashSet<>();
        for (int v = 0; v < rubric.vetoes().size(); v++) {
            Veto veto = rubric.vetoes().get(v);
            String path = "$.vetoes[" + v + "]";
            if (veto == null) {
                continue;
            }
            requirePart(veto.target(), path + ".target", "否决对象 target");
            if (blank(veto.name())) {
                problems.add(path + ".name", "缺少否决指标名称 name(原文“指标”栏) / missing the veto's name (the document's 指标 column)");
            } else if (veto.target() != null && !paths.add(RubricIndex.vetoPath(veto))) {
                problems.add(path + ".name", "否决路径 “" + RubricIndex.vetoPath(veto) + "” 重复 / veto path \""
                        + RubricIndex.vetoPath(veto) + "\" is used twice");
            }
            if (blank(veto.text())) {
                problems.add(path + ".text", "缺少否决细则原文 text / missing the veto's text as the document words it");
            }
            checkConditions(veto.conditions(), path + ".conditions");
            checkApplicability(veto.applicability(), path + ".applicability", kinds, problems);
        }
    }

    private void checkConditions(List<VetoCondition> conditions, String path) {
        if (RubricRulesCheck.isEmpty(conditions)) {
            problems.add(path, "缺少 conditions:至少列出一个否决条件 / conditions missing: list at least one condition");
            return;
        }
        Set<String> ids = new HashSet<>();
        for (int c = 0; c < conditions.size(); c++) {
            VetoCondition condition = conditions.get(c);
            String at = path + "[" + c + "]";
            if (condition == null) {
                continue;
            }
            if (blank(condition.id())) {
                problems.add(at + ".id", "缺少条件编号 id(如 \"1\") / missing the condition's id (e.g. \"1\")");
            } else if (!ids.add(condition.id())) {
                problems.add(at + ".id", "条件编号 “" + condition.id() + "” 重复 / condition id \"" + condition.id() + "\" is used twice");
            }
            if (blank(condition.text())) {
                problems.add(at + ".text", "缺少条件原文 text / missing the condition's text");
            }
            if (condition.threshold() != null && condition.threshold().signum() < 0) {
                problems.add(at + ".threshold", "界值不能为负 / the threshold may not be negative");
            }
        }
    }

    private void checkVerdicts() {
        if (rubric.verdicts() == null) {
            return;
        }
        Set<String> judged = new HashSet<>();
        for (int v = 0; v < rubric.verdicts().size(); v++) {
            Verdict verdict = rubric.verdicts().get(v);
            String path = "$.verdicts[" + v + "]";
            if (verdict == null) {
                continue;
            }
            Part part = requirePart(verdict.part(), path + ".part", "单独评定的部分 part");
            if (verdict.part() != null && !judged.add(verdict.part())) {
                problems.add(path + ".part", "部分 “" + verdict.part() + "” 的合格线重复 / part \"" + verdict.part()
                        + "\" has two verdicts: keep one");
            }
            if (verdict.passMin() == null) {
                problems.add(path + ".passMin", "缺少合格线 passMin(低于此分不合格) / missing passMin (below it the part fails)");
            } else if (verdict.passMin().signum() < 0 || (part != null && part.points() != null
                    && verdict.passMin().compareTo(part.points()) > 0)) {
                problems.add(path + ".passMin", "合格线 " + RubricRulesCheck.plain(verdict.passMin()) + " 应在 0 到该部分分值之间 / passMin "
                        + RubricRulesCheck.plain(verdict.passMin()) + " must lie between 0 and the part's points");
            }
        }
    }

    private void checkBonusGate() {
        BonusGate gate = rubric.bonusGate();
        if (gate == null) {
            return;
        }
        if (RubricRulesCheck.isEmpty(gate.parts())) {
            problems.add("$.bonusGate.parts", "缺少 parts:列出其得分之和决定能否加分的部分 / parts missing: list the parts whose "
                    + "sum opens the bonus");
        }
        BigDecimal reachable = BigDecimal.ZERO;
        boolean known = gate.parts() != null;
        for (int p = 0; gate.parts() != null && p < gate.parts().size(); p++) {
            Part part = requirePart(gate.parts().get(p), "$.bonusGate.parts[" + p + "]", "加分门槛的部分");
            if (part == null || part.points() == null) {
                known = false;
            } else {
                reachable = reachable.add(part.points());
            }
        }
        if (gate.min() == null) {
            problems.add("$.bonusGate.min", "缺少门槛分 min(如 44) / missing min, the sum that opens the bonus (e.g. 44)");
        } else if (gate.min().signum() < 0 || (known && gate.min().compareTo(reachable) > 0)) {
            problems.add("$.bonusGate.min", "门槛分 " + RubricRulesCheck.plain(gate.min()) + " 应在 0 到这些部分的满分之和 "
                    + RubricRulesCheck.plain(reachable) + " 之间 / min " + RubricRulesCheck.plain(gate.min())
                    + " must lie between 0 and the parts' maximum " + RubricRulesCheck.plain(reachable));
        }
        if (rubric.parts() != null && rubric.parts().stream().noneMatch(p -> p != null && p.bonus())) {
            problems.add("$.bonusGate", "有加分门槛却没有加分部分(bonus: true):删除 bonusGate 或标出加分部分 / there is a bonus "
                    + "gate but no bonus part (bonus: true): remove bonusGate or mark the bonus part");
        }
    }

    private void checkTiers() {
        List<Tier> tiers = rubric.tiers();
        if (RubricRulesCheck.isEmpty(tiers)) {
            problems.add("$.tiers", "缺少等次 tiers / tiers missing: list the 等次, highest first");
            return;
        }
        Set<String> names = new HashSet<>();
        BigDecimal previous = null;
        int vetoTiers = 0;
        for (int t = 0; t < tiers.size(); t++) {
            Tier tier = tiers.get(t);
            String path = "$.tiers[" + t + "]";
            if (tier == null) {
                continue;
            }
            if (blank(tier.name())) {
                problems.add(path + ".name", "缺少等次名称 name / missing the tier's name");
            } else if (!names.add(tier.name())) {
                problems.add(path + ".name", "等次名称 “" + tier.name() + "” 重复 / tier name \"" + tier.name() + "\" is used twice");
            }
            boolean last = t == tiers.size() - 1;
            if (tier.min() == null && !last) {
                problems.add(path + ".min", "只有最后一个等次可以没有 min:填写此等次的最低分 / only the last tier may have no min: "
                        + "give this tier's lowest total");
            } else if (tier.min() != null && last) {
                problems.add(path + ".min", "最后一个等次不应有 min:它收下所有更低的总分 / the last tier has no min: it takes "
                        + "every lower total");
            }
            if (tier.min() != null) {
                if (previous != null && tier.min().compareTo(previous) >= 0) {
                    problems.add(path + ".min", "等次应按最低分从高到低排列:" + RubricRulesCheck.plain(tier.min()) + " 不低于前一等次的 "
                            + RubricRulesCheck.plain(previous) + " / tiers go highest first: " + RubricRulesCheck.plain(tier.min())
                            + " is not below the previous tier's " + RubricRulesCheck.plain(previous));
                }
                if (rubric.total() != null && tier.min().compareTo(rubric.total()) > 0) {
                    problems.add(path + ".min", "最低分高于总分,此等次无法达到 / min is above the total: no unit can reach it");
                }
                previous = tier.min();
            }
            if (tier.performancePercent() == null) {
                problems.add(path + ".performancePercent", "缺少绩效百分比 performancePercent(如 100) / missing performancePercent (e.g. 100)");
            } else if (tier.performancePercent().signum() < 0 || tier.performancePercent().compareTo(BigDecimal.valueOf(100)) > 0) {
                problems.add(path + ".performancePercent", "绩效百分比应在 0 到 100 之间 / performancePercent must lie between 0 and 100");
            }
            if (tier.vetoTier()) {
                vetoTiers++;
            }
        }
        if (vetoTiers > 1) {
            problems.add("$.tiers", "只能有一个等次标为 vetoTier / only one tier may be the veto tier");
        } else if (vetoTiers == 0 && rubric.vetoes() != null && !rubric.vetoes().isEmpty()) {
            problems.add("$.tiers", "有单项否决却没有等次标为 vetoTier: true(被否决单位的等次) / there are vetoes but no tier is "
                    + "marked vetoTier: true (the tier of a vetoed unit)");
        }
    }

    /** The named part, or null with a problem naming the closest existing parts. */
    private Part requirePart(String name, String path, String what) {
        if (blank(name)) {
            problems.add(path, "缺少" + what + " / missing the part's name");
            return null;
        }
        Part part = parts.get(name);
        if (part == null) {
            Collection<String> known = parts.keySet();
            String closest = known.isEmpty() ? "" : RubricIndex.closest(name, known, 1).get(0);
            problems.add(path, "没有名为 “" + name + "” 的部分" + (closest.isEmpty() ? "" : ",是否应为 “" + closest + "”?")
                    + " / there is no part named \"" + name + "\"" + (closest.isEmpty() ? "" : "; did you mean \"" + closest + "\"?"));
        }
        return part;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
