package org.inspectorbench.scoring;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Monday to Friday, minus the 2022 National Day holiday (10-01..10-07), plus its make-up
 * Saturday 10-08 and Sunday 10-09; only 2022 is known, like a calendar with one year of data.
 */
final class FakeWorkingDays implements WorkingDayCounter {

    private static final Set<LocalDate> OFF = Set.of(
            LocalDate.of(2022, 10, 3), LocalDate.of(2022, 10, 4), LocalDate.of(2022, 10, 5),
            LocalDate.of(2022, 10, 6), LocalDate.of(2022, 10, 7));
    private static final Set<LocalDate> ON = Set.of(LocalDate.of(2022, 10, 8), LocalDate.of(2022, 10, 9));

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int days = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getYear() != 2022) {
                throw new MissingCalendarYearException(d.getYear());
            }
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            if (ON.contains(d) || (!weekend && !OFF.contains(d))) {
                days++;
            }
        }
        return days;
    }
}
