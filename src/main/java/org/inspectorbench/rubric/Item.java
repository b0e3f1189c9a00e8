package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.util.List;

/**
 * A 二级指标 with its maximum (分值) and rules (评分细则). {@code name} is null where a 一级指标
 * has no 二级指标 (加分指标/创新发展): the item's path is then part/section.
 *
 * @param applicability which units the item applies to; an item that does not apply scores its
 *                      full points and is shown as 不适用 (rubric-notes.md)
 * @param note          the document's own note on the item, if any, verbatim
 */
public record Item(
        String name,
        BigDecimal points,
        Applicability applicability,
        List<Rule> rules,
        String note) {
}
