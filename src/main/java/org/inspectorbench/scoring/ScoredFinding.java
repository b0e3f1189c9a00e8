package org.inspectorbench.scoring;

import java.math.BigDecimal;

/**
 * A finding that passed the checks, with what it is worth before its rule's cap.
 *
 * @param key     its id in a session (the finding's id, or its position when it has none)
 * @param place   where it is recorded
 * @param plan    its item
 * @param rule    its rule
 * @param count   occurrences (0 for a measured finding)
 * @param detail  the value read and its tier, or the count, in Chinese
 * @param points  points before the rule's cap
 */
record ScoredFinding(
        String key,
        FindingInput input,
        FindingPlace place,
        ItemPlan plan,
        RulePlan rule,
        int count,
        String detail,
        BigDecimal points) {
}
