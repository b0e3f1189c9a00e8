package org.inspectorbench.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The consistency rules a calendar year must satisfy. A wrong calendar silently misjudges every
 * 工作日 deadline (办理答复, 留言办理, 实时互动), so a doubtful file is refused, not guessed at.
 */
final class CalendarYearRules {

    private CalendarYearRules() {
    }

    /** Every problem of {@code year}, each prefixed with {@code where} (the file name). */
    static List<String> check(CalendarYear year, String where) {
        List<String> problems = new ArrayList<>();
        Map<LocalDate, String> off = new HashMap<>();
        Map<LocalDate, String> on = new HashMap<>();
        for (int i = 0; i < year.holidays().size(); i++) {
            Holiday h = year.holidays().get(i);
            String path = where + ": holidays[" + i + "] (" + h.name() + ")";
            if (h.from().isAfter(h.to())) {
                problems.add(path + ": from " + h.from() + " is after to " + h.to());
                continue;
            }
            if (h.from().getYear() != year.year() || h.to().getYear() != year.year()) {
                problems.add(path + ": days off " + h.from() + ".." + h.to() + " are not all in " + year.year()
                        + " (a day of a neighbouring year belongs in that year's file)");
            }
            for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                String other = off.putIfAbsent(d, h.name());
                if (other != null) {
                    problems.add(path + ": " + d + " is already a day off of " + other);
                }
            }
            for (LocalDate d : h.makeUpWorkdays()) {
                if (d.getYear() != year.year()) {
                    problems.add(path + ": make-up working day " + d + " is not in " + year.year());
                }
                if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                    problems.add(path + ": make-up working day " + d + " is a " + d.getDayOfWeek()
                            + ", not a Saturday or Sunday (调休上班 days are weekend days)");
                }
                String other = on.putIfAbsent(d, h.name());
                if (other != null) {
                    problems.add(path + ": make-up working day " + d + " is already listed for " + other);
                }
            }
        }
        for (Map.Entry<LocalDate, String> e : on.entrySet()) {
            String holiday = off.get(e.getKey());
            if (holiday != null) {
                problems.add(where + ": " + e.getKey() + " is listed both as a day off (" + holiday
                        + ") and as a make-up working day (" + e.getValue() + ")");
            }
        }
        problems.sort(null);
        return problems;
    }
}
