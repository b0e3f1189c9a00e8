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
        BigDecimal rounded = value.scale() == 2 ? value : round2(value);
        if (rounded.precision() > 17) {
            return rounded.stripTrailingZeros().toPlainString();
        }
        // Scores are formatted many times per unit: do it on the cents as a long, same result.
        long cents = rounded.movePointRight(2).longValue();
        StringBuilder b = new StringBuilder(8);
        if (cents < 0) {
            b.append('-');
            cents = -cents;
        }
        b.append(cents / 100);
        long rest = cents % 100;
        if (rest != 0) {
            b.append('.').append(rest / 10);
            if (rest % 10 != 0) {
                b.append(rest % 10);
            }
        }
        return b.toString();
    }

    /** A number for JSON output: at most 2 decimals, no trailing zeros, never an exponent. */
    public static BigDecimal forOutput(BigDecimal value) {
        return new BigDecimal(format(value));
    }

    /** "+0.5" / "-0.5" / "0". */
    public static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + format(value) : format(value);
    }

    /** True for null, empty, or only whitespace; cheap for the usual non-blank name. */
    static boolean blank(String s) {
        if (s == null || s.isEmpty()) {
            return true;
        }
        char first = s.charAt(0);
        return !(first > ' ' && first < 0x7f) && s.isBlank();
    }

    static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
