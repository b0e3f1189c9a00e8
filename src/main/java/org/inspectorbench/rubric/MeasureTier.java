package org.inspectorbench.rubric;

import java.math.BigDecimal;

/**
 * One tier of a measured rule: exactly one condition is set.
 * <ul>
 *   <li>{@code within} (ISO-8601 period, e.g. "P14D", "P3M"): a DATE on or after the 监测时间点 minus the
 *   period;</li>
 *   <li>{@code olderThan}: a DATE before the 监测时间点 minus the period (not updated within it);</li>
 *   <li>{@code below} / {@code atMost} / {@code above} / {@code atLeast}: FRACTION or NUMBER
 *   comparisons (strict for below and above).</li>
 * </ul>
 *
 * @param label short description of the tier as the document words it ("3个月内未更新")
 */
public record MeasureTier(
        String within,
        String olderThan,
        BigDecimal below,
        BigDecimal atMost,
        BigDecimal above,
        BigDecimal atLeast,
        BigDecimal points,
        String label) {
}
