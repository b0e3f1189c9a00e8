package org.inspectorbench.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The working days after {@code from} up to and including {@code to}, with the days that explain
 * the count (for the scorecard's explanation and `inspector calendar workdays`).
 *
 * @param skipped       the days in the span that are not working days (weekends, holidays)
 * @param makeUpCounted the weekend days in the span that count because the notice made them working days
 */
public record WorkingDayCount(LocalDate from, LocalDate to, int count, List<CalendarDay> skipped,
                              List<CalendarDay> makeUpCounted) {

    public WorkingDayCount {
        skipped = List.copyOf(skipped);
        makeUpCounted = List.copyOf(makeUpCounted);
    }

    /** "2022-09-30 至 2022-10-10：3 个工作日（不计 2022-10-01…；计入调休上班 2022-10-08…）" */
    public String summary() {
        StringBuilder s = new StringBuilder();
        s.append(from).append(" 之后至 ").append(to).append("（含）：").append(count).append(" 个工作日");
        if (!skipped.isEmpty()) {
            s.append("；不计 ").append(skipped.stream().map(d -> d.date().toString().substring(5) + d.type().label()
                    + (d.holiday() == null ? "" : "·" + d.holiday())).collect(Collectors.joining("、")));
        }
        if (!makeUpCounted.isEmpty()) {
            s.append("；计入调休上班 ").append(makeUpCounted.stream().map(d -> d.date().toString().substring(5))
                    .collect(Collectors.joining("、")));
        }
        return s.toString();
    }
}
