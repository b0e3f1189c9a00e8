package org.inspectorbench.rubric;

import java.math.BigDecimal;

/**
 * An 等次: a total at or above {@code min} earns it (half-open ranges, highest first). The last
 * tier has no {@code min} and is also the tier of any unit with a veto ({@code vetoTier}).
 */
public record Tier(String name, BigDecimal min, BigDecimal performancePercent, boolean vetoTier) {
}
