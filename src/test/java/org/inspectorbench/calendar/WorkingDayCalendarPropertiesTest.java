package org.inspectorbench.calendar;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The fast (prefix-sum) count agrees with counting day by day, and spans add up. */
class WorkingDayCalendarPropertiesTest {

    private static final LocalDate START = LocalDate.of(2022, 1, 1);
    private final WorkingDayCalendar calendar = CalendarLoader.bundled();

    @Property(tries = 300)
    void countEqualsDayByDayCount(@ForAll @IntRange(min = 0, max = 1825) int a, @ForAll @IntRange(min = 0, max = 1825) int length) {
        LocalDate from = START.plusDays(a);
        LocalDate to = from.plusDays(Math.min(length, 1825 - a));
        int naive = 0;
        for (LocalDate x = from.plusDays(1); !x.isAfter(to); x = x.plusDays(1)) {
            naive += calendar.isWorkingDay(x) ? 1 : 0;
        }
        assertEquals(naive, calendar.workingDaysBetween(from, to));
    }

    @Property(tries = 300)
    void spansAddUp(@ForAll @IntRange(min = 0, max = 1825) int x, @ForAll @IntRange(min = 0, max = 1825) int y,
                    @ForAll @IntRange(min = 0, max = 1825) int z) {
        int[] s = {x, y, z};
        java.util.Arrays.sort(s);
        LocalDate a = START.plusDays(s[0]);
        LocalDate b = START.plusDays(s[1]);
        LocalDate c = START.plusDays(s[2]);
        assertEquals(calendar.workingDaysBetween(a, c),
                calendar.workingDaysBetween(a, b) + calendar.workingDaysBetween(b, c));
    }
}
