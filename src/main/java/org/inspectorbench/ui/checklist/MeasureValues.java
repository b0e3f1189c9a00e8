package org.inspectorbench.ui.checklist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Turns what the inspector types into the finding values the engine reads, and back: a percentage
 * "85" or "85%" is the fraction 0.85; a WORKING_DAYS value is "asked/answered" (answered may be empty).
 * Input that cannot be read yields empty: the view marks the field and stores nothing.
 */
public final class MeasureValues {

    private MeasureValues() {
    }

    public static Optional<String> fractionFromPercent(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.trim().replace("%", "").replace("％", "").trim();
        if (t.isEmpty()) {
            return Optional.of("");
        }
        try {
            BigDecimal p = new BigDecimal(t);
            if (p.signum() < 0 || p.compareTo(BigDecimal.valueOf(100)) > 0) {
                return Optional.empty();
            }
            return Optional.of(p.movePointLeft(2).stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String percentFromFraction(String value) {
        if (value == null || value.isBlank()) {
            return "";
        }
        try {
            return new BigDecimal(value).movePointRight(2).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return value;
        }
    }

    public static Optional<String> number(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String t = typed.trim().replace(",", "").replace("，", "");
        if (t.isEmpty()) {
            return Optional.of("");
        }
        try {
            BigDecimal n = new BigDecimal(t);
            return n.signum() < 0 ? Optional.empty() : Optional.of(n.stripTrailingZeros().toPlainString());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    public static String interval(LocalDate asked, LocalDate answered) {
        if (asked == null) {
            return "";
        }
        return asked + "/" + (answered == null ? "" : answered.toString());
    }

    public static LocalDate[] parseInterval(String value) {
        LocalDate[] out = new LocalDate[2];
        if (value == null || value.isBlank()) {
            return out;
        }
        String[] parts = value.split("/", -1);
        out[0] = parseDate(parts[0]);
        out[1] = parts.length > 1 ? parseDate(parts[1]) : null;
        return out;
    }

    public static LocalDate parseDate(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.trim());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }
}
