package org.inspectorbench.rubric;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the tiers of a measured rule. Tiers are tried in order and the first match gives the points
 * (Measure), so tiers of one direction are nested ("older than 3 months", then "older than 1 month");
 * what is wrong is a tier that can never match because earlier tiers already take all its values,
 * and tiers of opposite directions that overlap (which one was meant for the shared values?).
 */
final class MeasureTiersCheck {

    /**
     * Periods are compared as days back from a fixed date: "P1M" and "P30D" differ by a day or so
     * depending on the month, which is close enough to order tiers but not to tell them apart.
     */
    private static final LocalDate REFERENCE = LocalDate.of(2001, 1, 1);

    /** A tier as a half-line of the measured axis (DATE: the age of the date in days). */
    private record Bound(boolean upper, BigDecimal limit, boolean inclusive, String label) {

        boolean contains(Bound other) {
            if (upper != other.upper) {
                return false;
            }
            int c = other.limit.compareTo(limit);
            if (c == 0) {
                return inclusive || !other.inclusive;
            }
            return upper ? c < 0 : c > 0;
        }

        boolean overlaps(Bound opposite) {
            Bound up = upper ? this : opposite;
            Bound low = upper ? opposite : this;
            int c = low.limit.compareTo(up.limit);
            return c < 0 || (c == 0 && up.inclusive && low.inclusive);
        }

        /** Opposite bounds that together take every value (e.g. below 0.5 and atLeast 0.5). */
        boolean coversAllWith(Bound opposite) {
            Bound up = upper ? this : opposite;
            Bound low = upper ? opposite : this;
            int c = low.limit.compareTo(up.limit);
            return c < 0 || (c == 0 && (up.inclusive || low.inclusive));
        }
    }

    private MeasureTiersCheck() {
    }

    static void check(Measure measure, String path, Problems problems) {
        if (measure.type() == null) {
            problems.add(path + ".type", "缺少测量类型 type:填写 DATE、FRACTION、NUMBER 或 WORKING_DAYS / measure type missing: "
                    + "give DATE, FRACTION, NUMBER or WORKING_DAYS");
        }
        if (RubricRulesCheck.isEmpty(measure.tiers())) {
            problems.add(path + ".tiers", "缺少分档 tiers:至少需要一档 / tiers missing: a measured rule needs at least one tier");
            return;
        }
        List<Bound> earlier = new ArrayList<>();
        List<Integer> earlierIndex = new ArrayList<>();
        for (int t = 0; t < measure.tiers().size(); t++) {
            MeasureTier tier = measure.tiers().get(t);
            String at = path + ".tiers[" + t + "]";
            if (tier == null) {
                continue;
            }
            if (tier.points() == null) {
                problems.add(at + ".points", "该档缺少 points:填写落入此档时的分数 / the tier needs points: what a value in this tier is worth");
            } else if (tier.points().signum() < 0) {
                problems.add(at + ".points", "分数不能为负:扣分与加分由所在部分决定 / points may not be negative: whether they are "
                        + "deducted or awarded follows from the part");
            }
            Bound bound = boundOf(tier, measure.type(), at, problems);
            if (bound == null) {
                continue;
            }
            checkReachable(bound, earlier, earlierIndex, at, problems);
            earlier.add(bound);
            earlierIndex.add(t);
        }
    }

    private static void checkReachable(Bound bound, List<Bound> earlier, List<Integer> index, String at, Problems problems) {
        for (int e = 0; e < earlier.size(); e++) {
            if (earlier.get(e).contains(bound)) {
                problems.add(at, "此档永远不会命中:第 " + (index.get(e) + 1) + " 档(" + earlier.get(e).label
                        + ")已包含它的全部取值;各档按顺序取第一个命中的档,请调整顺序或界值 / this tier can never match: tier "
                        + (index.get(e) + 1) + " (" + earlier.get(e).label + ") already takes all its values; the first "
                        + "matching tier wins, so reorder the tiers or fix the limits");
                return;
            }
        }
        for (int e = 0; e < earlier.size(); e++) {
            for (int f = e + 1; f < earlier.size(); f++) {
                if (earlier.get(e).upper != earlier.get(f).upper && earlier.get(e).coversAllWith(earlier.get(f))) {
                    problems.add(at, "此档永远不会命中:前面的档已覆盖全部取值 / this tier can never match: the tiers before it "
                            + "already cover every value");
                    return;
                }
            }
        }
        for (int e = 0; e < earlier.size(); e++) {
            Bound other = earlier.get(e);
            if (other.upper != bound.upper && other.overlaps(bound)) {
                problems.add(at, "此档与第 " + (index.get(e) + 1) + " 档(" + other.label + ")方向相反且取值重叠,重叠部分只按第 "
                        + (index.get(e) + 1) + " 档计分;请调整界值使两档不重叠 / this tier and tier " + (index.get(e) + 1)
                        + " (" + other.label + ") point in opposite directions and overlap, so the shared values "
                        + "always take tier " + (index.get(e) + 1) + ": change the limits so that they do not overlap");
                return;
            }
        }
    }

    /** The tier's single condition as a bound, or null (reported) when it has none, several, or a bad one. */
    private static Bound boundOf(MeasureTier tier, Measure.Type type, String at, Problems problems) {
        List<String> set = new ArrayList<>();
        if (tier.within() != null) set.add("within");
        if (tier.olderThan() != null) set.add("olderThan");
        if (tier.below() != null) set.add("below");
        if (tier.atMost() != null) set.add("atMost");
        if (tier.above() != null) set.add("above");
        if (tier.atLeast() != null) set.add("atLeast");
        if (set.isEmpty()) {
            problems.add(at, "该档没有条件:填写 within、olderThan、below、atMost、above、atLeast 中的一个 / the tier has no "
                    + "condition: give exactly one of within, olderThan, below, atMost, above, atLeast");
            return null;
        }
        if (set.size() > 1) {
            problems.add(at, "该档有多个条件(" + String.join(", ", set) + "),只能保留一个;要表示区间,请按顺序写多档 / the tier has "
                    + "several conditions (" + String.join(", ", set) + "): keep exactly one; to grade a range, write "
                    + "several tiers in order");
            return null;
        }
        String condition = set.get(0);
        boolean isDate = condition.equals("within") || condition.equals("olderThan");
        if (type != null && isDate != (type == Measure.Type.DATE)) {
            problems.add(at + "." + condition, type == Measure.Type.DATE
                    ? "DATE 测量只能用 within 或 olderThan(如 \"P14D\") / a DATE measure takes within or olderThan (e.g. \"P14D\")"
                    : type + " 测量只能用 below、atMost、above 或 atLeast / a " + type + " measure takes below, atMost, above or atLeast");
            return null;
        }
        String label = tier.label() != null ? tier.label() : condition;
        if (isDate) {
            String text = isDateWithin(condition) ? tier.within() : tier.olderThan();
            BigDecimal days = days(text, at + "." + condition, problems);
            // within P: age <= P days; olderThan P: age > P days.
            return days == null ? null : new Bound(isDateWithin(condition), days, isDateWithin(condition), label);
        }
        BigDecimal limit = switch (condition) {
            case "below" -> tier.below();
            case "atMost" -> tier.atMost();
            case "above" -> tier.above();
            default -> tier.atLeast();
        };
        if (limit.signum() < 0) {
            problems.add(at + "." + condition, "界值不能为负 / the limit may not be negative");
            return null;
        }
        if (type == Measure.Type.FRACTION && limit.compareTo(BigDecimal.ONE) > 0) {
            problems.add(at + "." + condition, "FRACTION 是 0 到 1 之间的比率,80% 写作 0.8,不是 " + RubricRulesCheck.plain(limit)
                    + " / a FRACTION is a rate between 0 and 1: write 80% as 0.8, not " + RubricRulesCheck.plain(limit));
            return null;
        }
        boolean upper = condition.equals("below") || condition.equals("atMost");
        boolean inclusive = condition.equals("atMost") || condition.equals("atLeast");
        return new Bound(upper, limit, inclusive, label);
    }

    private static boolean isDateWithin(String condition) {
        return condition.equals("within");
    }

    private static BigDecimal days(String text, String path, Problems problems) {
        try {
            Period period = Period.parse(text);
            long days = ChronoUnit.DAYS.between(REFERENCE.minus(period), REFERENCE);
            if (days <= 0) {
                problems.add(path, "时长应大于 0:" + text + " / the period must be longer than zero: " + text);
                return null;
            }
            return BigDecimal.valueOf(days);
        } catch (DateTimeParseException e) {
            problems.add(path, "“" + text + "” 不是 ISO-8601 时长:2周写 \"P14D\",1个月写 \"P1M\",1年写 \"P1Y\" / \"" + text
                    + "\" is not an ISO-8601 period: 2 weeks is \"P14D\", 1 month \"P1M\", 1 year \"P1Y\"");
            return null;
        }
    }
}
