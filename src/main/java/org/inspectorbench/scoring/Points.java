package org.inspectorbench.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Exact point arithmetic helpers. rubric-notes.md: no binary floating point anywhere in scoring;
 * averages are rounded half-up to 2 decimals and totals are shown with 2 decimals.
 */
public final class Points {

    private Points() {
    }

    public static BigDecimal round2(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }

    /** "41.5", "44", "0.25": rounded to 2 decimals, without trailing zeros or exponent. */
    public static String format(BigDecimal value) {
        if (value == null) {
            return "-";
        }
        return round2(value).stripTrailingZeros().toPlainString();
    }

    /** A number for JSON output: at most 2 decimals, no trailing zeros, never an exponent. */
    public static BigDecimal forOutput(BigDecimal value) {
        return new BigDecimal(format(value));
    }

    /** "+0.5" / "-0.5" / "0". */
    public static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + format(value) : format(value);
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
