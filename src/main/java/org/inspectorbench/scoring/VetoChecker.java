package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Veto;
import org.inspectorbench.rubric.VetoCondition;

import java.util.Collection;
import java.util.List;

/**
 * Checks a recorded 单项否决: it exists, it judges the part of the place it is recorded at (a
 * website's vetoes under websites[], new media's under newMedia), it applies to the unit (服务不实用
 * is not checked for a department without public services), and its condition, if named, exists.
 */
final class VetoChecker {

    private final RubricPlan plan;

    VetoChecker(RubricPlan plan) {
        this.plan = plan;
    }

    boolean check(VetoInput veto, FindingPlace place, String kind, Collection<String> tags, String path,
                  List<InputProblem> problems) {
        if (veto == null || Points.blank(veto.veto())) {
            problems.add(new InputProblem(path + ".veto", "缺少单项否决名称 veto is missing"));
            return false;
        }
        Veto rule = plan.vetoes.get(veto.veto());
        if (rule == null) {
            problems.add(new InputProblem(path + ".veto", "未知的单项否决 unknown veto \"" + veto.veto() + "\"",
                    RubricIndex.closest(veto.veto(), plan.vetoPathsOfScope(place.scope()), 3)));
            return false;
        }
        Part target = plan.index.part(rule.target()).orElse(null);
        if (target == null || target.scope() != place.scope()) {
            problems.add(new InputProblem(path + ".veto", "单项否决 \"" + veto.veto() + "\" 判定的是"
                    + rule.target() + ", 应记在 " + (target == null ? "?" : vetoPlace(target.scope())) + " 中"));
            return false;
        }
        if (rule.applicability() != null && !rule.applicability().appliesTo(kind, tags)) {
            String reason = rule.applicability().reason();
            problems.add(new InputProblem(path + ".veto", "单项否决 \"" + veto.veto() + "\" 不适用于本单位"
                    + (reason == null ? "" : " (" + reason + ")")));
            return false;
        }
        if (veto.condition() != null && !veto.condition().isBlank() && rule.conditions() != null
                && !rule.conditions().isEmpty()) {
            List<String> ids = rule.conditions().stream().map(VetoCondition::id).toList();
            if (!ids.contains(veto.condition())) {
                problems.add(new InputProblem(path + ".condition", "单项否决 \"" + veto.veto() + "\" 没有条件 \""
                        + veto.condition() + "\"", RubricIndex.closest(veto.condition(), ids, 3)));
                return false;
            }
        }
        return true;
    }

    private static String vetoPlace(Part.Scope scope) {
        return switch (scope) {
            case UNIT -> "单位";
            case WEBSITE -> "websites[].vetoes";
            case NEW_MEDIA -> "newMedia.vetoes";
        };
    }
}
