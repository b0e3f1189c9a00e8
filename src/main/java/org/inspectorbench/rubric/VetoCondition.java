package org.inspectorbench.rubric;

import java.math.BigDecimal;

/**
 * One numbered condition of a veto. {@code threshold} is set where the condition is a count or a
 * share that the program can compute from recorded data (5 columns not updated, 5% failed checks).
 */
public record VetoCondition(String id, String text, BigDecimal threshold) {
}
