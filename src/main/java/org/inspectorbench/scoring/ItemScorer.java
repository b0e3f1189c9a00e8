package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Rule;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/**
 * Scores one item from its findings (rubric-notes.md, Arithmetic): findings on the same rule add up
 * (a yes/no rule counts once), the rule's cap applies to that sum, then the item's maximum: a
 * deduction item scores max - min(max, deductions) ("扣完为止"), a bonus item min(max, awards).
 */
final class ItemScorer {

    private ItemScorer() {
    }

    static ItemResult score(ItemPlan item, String site, boolean applicable, String reason,
                            Collection<ScoredFinding> findings) {
        if (!applicable) {
            return new ItemResult(item.path, site, item.label, item.max, item.max, false, item.bonus, List.of(),
                    BigDecimal.ZERO, false, Explanations.notApplicable(item, reason, findings.size()));
        }
        if (findings.isEmpty()) {
            return new ItemResult(item.path, site, item.label, item.max, item.bonus ? BigDecimal.ZERO : item.max,
                    true, item.bonus, List.of(), BigDecimal.ZERO, false, item.untouchedText);
        }
        List<RuleOutcome> outcomes = outcomes(item, findings);
        BigDecimal sum = BigDecimal.ZERO;
        for (RuleOutcome o : outcomes) {
            sum = sum.add(o.counted());
        }
        boolean capped = sum.compareTo(item.max) > 0;
        BigDecimal applied = capped ? item.max : sum;
        BigDecimal score = item.bonus ? applied : item.max.subtract(applied);
        return new ItemResult(item.path, site, item.label, item.max, score, true, item.bonus, outcomes, sum, capped,
                Explanations.scored(item, outcomes, sum, capped, score));
    }

    private static List<RuleOutcome> outcomes(ItemPlan item, Collection<ScoredFinding> findings) {
        int rules = item.rules.size();
        @SuppressWarnings("unchecked")
        List<ScoredFinding>[] byRule = new List[rules];
        for (ScoredFinding f : findings) {
            int r = f.rule().index;
            if (byRule[r] == null) {
                byRule[r] = new ArrayList<>(2);
            }
            byRule[r].add(f);
        }
        List<RuleOutcome> outcomes = new ArrayList<>(2);
        for (int r = 0; r < rules; r++) {
            if (byRule[r] != null) {
                outcomes.add(outcome(item.rules.get(r), byRule[r]));
            }
        }
        return Collections.unmodifiableList(outcomes);
    }

    private static RuleOutcome outcome(Rule rule, List<ScoredFinding> findings) {
        List<FindingContribution> contributions = new ArrayList<>(findings.size());
        BigDecimal sum = BigDecimal.ZERO;
        boolean happened = false;
        for (ScoredFinding f : findings) {
            FindingInput in = f.input();
            contributions.add(new FindingContribution(f.key(), rule.kind() == Rule.Kind.MEASURE ? null : f.count(),
                    in.value(), f.detail(), f.points(), in.note(), in.account()));
            sum = sum.add(f.points());
            happened |= f.count() > 0;
        }
        if (rule.kind() == Rule.Kind.CHECK) {
            // A yes/no rule holds or not: two findings of the same missing column are one deduction.
            sum = happened ? rule.points() : BigDecimal.ZERO;
        }
        boolean capped = rule.cap() != null && sum.compareTo(rule.cap()) > 0;
        return new RuleOutcome(rule, Collections.unmodifiableList(contributions), sum, capped ? rule.cap() : sum, capped);
    }
}
