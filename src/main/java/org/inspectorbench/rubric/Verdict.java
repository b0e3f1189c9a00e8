package org.inspectorbench.rubric;

import java.math.BigDecimal;

/** A part judged on its own: 不合格 below {@code passMin} or when any veto of the part holds. */
public record Verdict(String part, BigDecimal passMin) {
}
