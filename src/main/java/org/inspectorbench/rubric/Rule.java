package org.inspectorbench.rubric;

import java.math.BigDecimal;

/**
 * One 评分细则, or one rate of it (sub-rules 1a, 1b ... where one clause names several rates).
 *
 * @param id       "1", "2", "1a" ... as numbered in rubric-notes.md
 * @param text     the seed's text of the rule, verbatim
 * @param kind     CHECK: holds or not, worth {@code points} once; COUNT: {@code points} per
 *                 occurrence; MEASURE: the points come from the tier the measured value falls in
 * @param points   points per occurrence (CHECK, COUNT); null for MEASURE
 * @param cap      the rule's own cap ("最多扣1分", "原则上不超过2分"), or null
 * @param measure  the measurement and its tiers, for MEASURE rules
 * @param sample   the random sample the rule is checked on (随机抽查), or null
 * @param reading  how the product reads the rule where the text is ambiguous; shown to the user
 */
public record Rule(
        String id,
        String text,
        Kind kind,
        BigDecimal points,
        BigDecimal cap,
        Measure measure,
        Sample sample,
        String reading,
        Applicability applicability) {

    /** A rule for every unit the item applies to. */
    public Rule(String id, String text, Kind kind, BigDecimal points, BigDecimal cap, Measure measure, Sample sample,
                String reading) {
        this(id, text, kind, points, cap, measure, sample, reading, null);
    }

    /** Whether the rule concerns a unit of this kind with these tags (the item's applicability aside). */
    public boolean appliesTo(String unitKind, java.util.Collection<String> unitTags) {
        return applicability == null || applicability.appliesTo(unitKind, unitTags);
    }

    public enum Kind { CHECK, COUNT, MEASURE }
}
