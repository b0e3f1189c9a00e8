package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Rule;

import java.math.BigDecimal;
import java.util.List;

/**
 * One rule of an item that has findings: what each finding gave, the rule's sum, and the sum after
 * the rule's own cap ("最多扣1分", "原则上不超过2分").
 */
public record RuleOutcome(
        Rule rule,
        List<FindingContribution> findings,
        BigDecimal sum,
        BigDecimal counted,
        boolean capped) {

    public String ruleId() {
        return rule.id();
    }
}
