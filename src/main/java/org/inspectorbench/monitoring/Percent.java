package org.inspectorbench.monitoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares shown to people: percent with 2 decimals, half-up (the comparison itself stays exact). */
final class Percent {

    private Percent() {
    }

    static String of(BigDecimal share) {
        return share.movePointRight(2).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "%";
    }

    static String of(int part, int whole) {
        if (whole == 0) {
            return "—";
        }
        return of(new BigDecimal(part).divide(new BigDecimal(whole), 8, RoundingMode.HALF_UP));
    }
}
