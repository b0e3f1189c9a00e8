package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Measure;
import org.inspectorbench.rubric.MeasureTier;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Reads a finding's value by its rule's measure type and picks the tier (first match wins,
 * Measure's contract). Dates are compared with the 监测时间点: "within P" holds for a date on or
 * after the 监测时间点 minus P, so a page updated exactly 14 days before is "2周内" (rubric-notes:
 * 2周 = 14 days; N个月 = N calendar months back).
 */
final class MeasureReader {

    private final WorkingDayCounter workingDays;

    MeasureReader(WorkingDayCounter workingDays) {
        this.workingDays = workingDays;
    }

    /** Thrown for a value that does not read; the message says what was expected. */
    static final class BadValue extends Exception {
        BadValue(String message) {
            super(message, null, false, false);
        }
    }

    Measurement read(Measure.Type type, String raw, LocalDate monitoringDate) throws BadValue {
        String value = raw.trim();
        return switch (type) {
            case DATE -> readDate(value, monitoringDate);
            case FRACTION -> readFraction(value);
            case NUMBER -> readNumber(value);
            case WORKING_DAYS -> readInterval(value);
        };
    }

    RulePlan.TierPlan tier(RulePlan rule, Measurement m, LocalDate monitoringDate) {
        for (RulePlan.TierPlan t : rule.tiers) {
            if (matches(t, m, monitoringDate)) {
                return t;
            }
        }
        return null;
    }

    private static boolean matches(RulePlan.TierPlan t, Measurement m, LocalDate monitoringDate) {
        MeasureTier tier = t.tier();
        if (t.within() != null && m.date().isBefore(monitoringDate.minus(t.within()))) {
            return false;
        }
        if (t.olderThan() != null && !m.date().isBefore(monitoringDate.minus(t.olderThan()))) {
            return false;
        }
        if (tier.below() != null && !m.below(tier.below())) {
            return false;
        }
        if (tier.atMost() != null && !m.atMost(tier.atMost())) {
            return false;
        }
        if (tier.above() != null && !m.above(tier.above())) {
            return false;
        }
        return tier.atLeast() == null || m.atLeast(tier.atLeast());
    }

    private static Measurement readDate(String value, LocalDate monitoringDate) throws BadValue {
        LocalDate date = parseDate(value, "ISO 日期 ISO date (如 2022-10-01)");
        if (monitoringDate == null) {
            throw new BadValue("日期细则需要监测时间点: 请在文件顶层给出 monitoringDate");
        }
        if (date.isAfter(monitoringDate)) {
            throw new BadValue("日期 " + date + " 晚于监测时间点 " + monitoringDate
                    + ": 请记录监测时间点当天或之前的最近更新日期");
        }
        return Measurement.date(date);
    }

    private static Measurement readFraction(String value) throws BadValue {
        String expected = "比例 fraction: 0 到 1 的小数或百分数 (如 0.85 或 85%)";
        BigDecimal fraction;
        if (value.endsWith("%")) {
            fraction = readDecimal(value.substring(0, value.length() - 1).trim(), expected).movePointLeft(2);
        } else {
            fraction = readDecimal(value, expected);
        }
        if (fraction.signum() < 0 || fraction.compareTo(BigDecimal.ONE) > 0) {
            throw new BadValue("比例 " + value + " 不在 0 到 1 (0% 到 100%) 之间");
        }
        return Measurement.fraction(fraction);
    }

    private static Measurement readNumber(String value) throws BadValue {
        BigDecimal number = readDecimal(value, "数值 number (如 150000)");
        if (number.signum() < 0) {
            throw new BadValue("数值 " + value + " 不能为负数");
        }
        return Measurement.number(number);
    }

    private Measurement readInterval(String value) throws BadValue {
        String expected = "提问/答复日期 \"asked/answered\" (如 2022-11-01/2022-11-09; 未答复写 2022-11-01/)";
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new BadValue("应为 " + expected);
        }
        LocalDate asked = parseDate(value.substring(0, slash).trim(), expected);
        String rest = value.substring(slash + 1).trim();
        if (rest.isEmpty()) {
            return Measurement.neverAnswered(asked);
        }
        LocalDate answered = parseDate(rest, expected);
        if (answered.isBefore(asked)) {
            throw new BadValue("答复日期 " + answered + " 早于提问日期 " + asked);
        }
        try {
            return Measurement.workingDays(asked, answered, workingDays.workingDaysBetween(asked, answered));
        } catch (WorkingDayCounter.MissingCalendarYearException e) {
            throw new BadValue(e.getMessage());
        }
    }

    private static LocalDate parseDate(String value, String expected) throws BadValue {
        if (value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-') {
            // The usual YYYY-MM-DD, read without the formatter machinery (scoring is on every keystroke).
            int year = digits(value, 0, 4);
            int month = digits(value, 5, 7);
            int day = digits(value, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (java.time.DateTimeException e) {
                    throw new BadValue("\"" + value + "\" 不是有效日期, 应为 " + expected);
                }
            }
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadValue("\"" + value + "\" 不是日期, 应为 " + expected);
        }
    }

    private static int digits(String s, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    private static BigDecimal readDecimal(String value, String expected) throws BadValue {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new BadValue("\"" + value + "\" 不是数, 应为 " + expected);
        }
    }
}
