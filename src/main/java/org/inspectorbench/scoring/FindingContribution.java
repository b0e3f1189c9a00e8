package org.inspectorbench.scoring;

import java.math.BigDecimal;

/**
 * What one finding gave to its rule.
 *
 * @param findingId the finding's id (or its position "#units[0].findings[3]" when it has none)
 * @param count     occurrences, for yes/no and counted rules; null for measured ones
 * @param value     the measurement as given, for measured rules; null otherwise
 * @param detail    the measurement read and the tier it fell in, in Chinese ("最近更新 2022-10-01,
 *                  监测时间点前2周内未更新"); for counted rules "2处"
 * @param points    the points of this finding before the rule's cap
 * @param note      the inspector's note, if any
 * @param account   the new-media account the finding concerns, if any
 */
public record FindingContribution(
        String findingId,
        Integer count,
        String value,
        String detail,
        BigDecimal points,
        String note,
        String account) {
}
