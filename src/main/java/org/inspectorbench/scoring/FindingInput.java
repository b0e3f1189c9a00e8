package org.inspectorbench.scoring;

import java.util.List;

/**
 * One finding against one rule.
 *
 * @param item     the item's name path, e.g. "政府网站/信息公开/动态要闻"
 * @param rule     the rule id, "1", "2", "1a" ...
 * @param count    occurrences (counted and yes/no rules); null means 1
 * @param value    the measurement (ISO date or number) for measured rules
 * @param account  the new-media account the finding concerns, if any
 * @param evidence evidence file names (relative to an evidence folder), for import
 */
public record FindingInput(
        String id,
        String item,
        String rule,
        Integer count,
        String value,
        String note,
        String account,
        List<String> evidence) {
}
