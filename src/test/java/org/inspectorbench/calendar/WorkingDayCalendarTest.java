package org.inspectorbench.calendar;

import org.inspectorbench.scoring.WorkingDayCounter.MissingCalendarYearException;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = CalendarLoader.bundled();

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bundledCalendarHasTheYearsOfTheNotices() {
        assertEquals(java.util.List.of(2022, 2023, 2024, 2025, 2026), java.util.List.copyOf(calendar.years()));
        assertEquals("国办发明电〔2021〕11号", calendar.year(2022).notice().number());
        assertEquals("国办发明电〔2025〕7号", calendar.year(2026).notice().number());
    }

    @Test
    void springFestival2022MakeUpWeekendIsWorkedAndTheWeekIsOff() {
        assertTrue(calendar.isWorkingDay(d("2022-01-29")), "Saturday 1.29 is 调休上班");
        assertTrue(calendar.isWorkingDay(d("2022-01-30")), "Sunday 1.30 is 调休上班");
        assertEquals(DayType.MAKE_UP_WORKDAY, calendar.day(d("2022-01-29")).type());
        for (LocalDate x = d("2022-01-31"); !x.isAfter(d("2022-02-06")); x = x.plusDays(1)) {
            assertFalse(calendar.isWorkingDay(x), x + " is in the 春节 holiday");
        }
        assertEquals(new CalendarDay(d("2022-02-01"), DayType.HOLIDAY, "春节"), calendar.day(d("2022-02-01")));
        assertTrue(calendar.isWorkingDay(d("2022-02-07")));
    }

    @Test
    void nationalDay2022() {
        assertFalse(calendar.isWorkingDay(d("2022-10-05")));
        assertTrue(calendar.isWorkingDay(d("2022-10-08")), "Saturday 10.8 is 调休上班");
        assertTrue(calendar.isWorkingDay(d("2022-10-09")), "Sunday 10.9 is 调休上班");
        assertFalse(calendar.isWorkingDay(d("2022-10-15")), "an ordinary Saturday");
    }

    @Test
    void questionAskedBeforeNationalDay() {
        // Asked Fri 9.30, answered Mon 10.10: 10.1-10.7 off; 10.8 (Sat), 10.9 (Sun) worked; 10.10 worked -> 3.
        assertEquals(3, calendar.workingDaysBetween(d("2022-09-30"), d("2022-10-10")));
        WorkingDayCount c = calendar.explain(d("2022-09-30"), d("2022-10-10"));
        assertEquals(3, c.count());
        assertEquals(7, c.skipped().size());
        assertEquals(2, c.makeUpCounted().size());
        assertTrue(c.summary().contains("3 个工作日"), c.summary());
    }

    @Test
    void questionAskedBeforeSpringFestival() {
        // Asked Fri 1.28; 1.29, 1.30 worked (2), 1.31-2.6 off, 2.7 Mon and 2.8 Tue worked (2) -> 4.
        assertEquals(4, calendar.workingDaysBetween(d("2022-01-28"), d("2022-02-08")));
        // The 5-working-day deadline of 办理答复 from 1.28 therefore ends on Wed 2.9.
        assertEquals(5, calendar.workingDaysBetween(d("2022-01-28"), d("2022-02-09")));
    }

    @Test
    void ordinaryWeekendsAndEmptySpans() {
        assertEquals(1, calendar.workingDaysBetween(d("2022-11-18"), d("2022-11-21")), "Friday to Monday");
        assertEquals(0, calendar.workingDaysBetween(d("2022-11-21"), d("2022-11-21")), "from == to");
        assertEquals(0, calendar.workingDaysBetween(d("2022-11-21"), d("2022-11-18")), "to before from");
        assertEquals(0, calendar.workingDaysBetween(d("2022-11-18"), d("2022-11-20")), "only a weekend");
    }

    @Test
    void spanAcrossTheNewYear() {
        // 2022-12-31 Sat, 2023-01-01/02 元旦, 01-03 Tue, 01-04 Wed -> 2
        assertEquals(2, calendar.workingDaysBetween(d("2022-12-30"), d("2023-01-04")));
        // 2024's notice: 除夕 2.9 (Friday) is only "encouraged" off, so it stays a working day.
        assertTrue(calendar.isWorkingDay(d("2024-02-09")));
    }

    @Test
    void missingYearIsAnErrorNotAWeekendGuess() {
        MissingCalendarYearException e = assertThrows(MissingCalendarYearException.class,
                () -> calendar.workingDaysBetween(d("2026-12-30"), d("2027-01-05")));
        assertEquals(2027, e.year());
        assertThrows(MissingCalendarYearException.class, () -> calendar.isWorkingDay(d("2021-06-01")));
        assertEquals(2021, assertThrows(MissingCalendarYearException.class,
                () -> calendar.workingDaysBetween(d("2021-12-30"), d("2022-01-04"))).year());
        // The span counts the days after `from`: 2021-12-31 as `from` needs no 2021 data.
        assertEquals(1, calendar.workingDaysBetween(d("2021-12-31"), d("2022-01-04")));
    }
}
