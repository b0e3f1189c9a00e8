package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rule;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * An item prepared for scoring: its place in the unit layout, its rules by id and their order, and
 * the texts that do not depend on findings (worked out once per rubric, not per edit).
 */
final class ItemPlan {

    final String path;
    final String label;
    final Part part;
    final int partIndex;
    final int indexInPart;
    /** Index among all items of the rubric, for per-unit applicability. */
    final int globalIndex;
    final Item item;
    final BigDecimal max;
    final boolean bonus;
    final List<Rule> rules;
    final Map<String, RulePlan> rulePlans;
    /** The rule plans in rule order (index = RulePlan.index). */
    final RulePlan[] rulePlanList;
    final String maxText;
    final String untouchedText;

    ItemPlan(String path, Part part, int partIndex, int indexInPart, int globalIndex, Item item,
             List<Rule> rules, Map<String, RulePlan> rulePlans) {
        this.path = path;
        this.label = path.substring(path.lastIndexOf('/') + 1);
        this.part = part;
        this.partIndex = partIndex;
        this.indexInPart = indexInPart;
        this.globalIndex = globalIndex;
        this.item = item;
        this.max = item.points();
        this.bonus = part.bonus();
        this.rules = rules;
        this.rulePlans = rulePlans;
        this.rulePlanList = new RulePlan[rules.size()];
        for (RulePlan plan : rulePlans.values()) {
            rulePlanList[plan.index] = plan;
        }
        this.maxText = Points.format(max);
        this.untouchedText = Explanations.untouched(this);
    }

    /** The plan of one of this item's rules, found by identity (an item has a handful of rules). */
    RulePlan planOf(org.inspectorbench.rubric.Rule rule) {
        for (RulePlan plan : rulePlanList) {
            if (plan.rule == rule) {
                return plan;
            }
        }
        return rulePlans.get(rule.id());
    }

    List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }
}
