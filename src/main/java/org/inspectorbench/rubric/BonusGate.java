package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.util.List;

/** The bonus part counts only when the sum of {@code parts} reaches {@code min} (inclusive). */
public record BonusGate(List<String> parts, BigDecimal min) {
}
