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
    final Map<String, Integer> ruleOrder;
    final Map<String, RulePlan> rulePlans;
    final String maxText;
    final String untouchedText;

    ItemPlan(String path, Part part, int partIndex, int indexInPart, int globalIndex, Item item,
             List<Rule> rules, Map<String, Integer> ruleOrder, Map<String, RulePlan> rulePlans) {
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
        this.ruleOrder = ruleOrder;
        this.rulePlans = rulePlans;
        this.maxText = Points.format(max);
        this.untouchedText = Explanations.untouched(this);
    }

    List<String> ruleIds() {
        return rules.stream().map(Rule::id).toList();
    }
}
