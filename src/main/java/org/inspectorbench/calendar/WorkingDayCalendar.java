package org.inspectorbench.calendar;

import org.inspectorbench.scoring.WorkingDayCounter;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The official Chinese working-day calendar (rubric-notes.md: 工作日 = public holidays off, announced
 * make-up weekend days on) for the years it was given. A year it lacks is an error, never a
 * weekend-only guess: such a guess would count 国庆节 as five working days.
 *
 * <p>Counting is O(years spanned): each year keeps the running count of working days per day of year.
 */
public final class WorkingDayCalendar implements WorkingDayCounter {

    private final Map<Integer, YearTable> years;

    /** @throws CalendarFormatException when a year is inconsistent or given twice */
    public WorkingDayCalendar(List<CalendarYear> calendarYears) {
        Map<Integer, YearTable> tables = new TreeMap<>();
        List<String> problems = new ArrayList<>();
        for (CalendarYear y : calendarYears) {
            problems.addAll(CalendarYearRules.check(y, y.year() + ".json"));
            if (tables.put(y.year(), new YearTable(y)) != null) {
                problems.add(y.year() + ": the year is given twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarFormatException(problems);
        }
        this.years = Collections.unmodifiableMap(tables);
    }

    /** The years this calendar knows, ascending. */
    public SortedSet<Integer> years() {
        return Collections.unmodifiableSortedSet(new TreeSet<>(years.keySet()));
    }

    /** @throws MissingCalendarYearException when the year is not in the calendar */
    public CalendarYear year(int year) {
        return table(year).year;
    }

    /** @throws MissingCalendarYearException when the date's year is not in the calendar */
    public boolean isWorkingDay(LocalDate date) {
        return day(date).working();
    }

    /** @throws MissingCalendarYearException when the date's year is not in the calendar */
    public CalendarDay day(LocalDate date) {
        return table(date.getYear()).day(date);
    }

    @Override
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        LocalDate first = from.plusDays(1);
        for (int y = first.getYear(); y <= to.getYear(); y++) {
            table(y);
        }
        int count = 0;
        for (int y = first.getYear(); y <= to.getYear(); y++) {
            YearTable t = years.get(y);
            int startDoy = y == first.getYear() ? first.getDayOfYear() : 1;
            int endDoy = y == to.getYear() ? to.getDayOfYear() : Year.of(y).length();
            count += t.cumulative[endDoy] - t.cumulative[startDoy - 1];
        }
        return count;
    }

    /**
     * The count of {@link #workingDaysBetween} with the days that explain it: the days skipped
     * (weekends, holidays) and the make-up weekend days that were counted.
     */
    public WorkingDayCount explain(LocalDate from, LocalDate to) {
        int count = workingDaysBetween(from, to);
        List<CalendarDay> skipped = new ArrayList<>();
        List<CalendarDay> makeUp = new ArrayList<>();
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            CalendarDay day = day(d);
            if (!day.working()) {
                skipped.add(day);
            } else if (day.type() == DayType.MAKE_UP_WORKDAY) {
                makeUp.add(day);
            }
        }
        return new WorkingDayCount(from, to, count, skipped, makeUp);
    }

    private YearTable table(int year) {
        YearTable t = years.get(year);
        if (t == null) {
            throw new MissingCalendarYearException(year);
        }
        return t;
    }

    private static final class YearTable {
        final CalendarYear year;
        final Map<LocalDate, String> off = new HashMap<>();
        final Map<LocalDate, String> on = new HashMap<>();
        /** cumulative[i] = working days among days 1..i of the year; cumulative[0] = 0. */
        final int[] cumulative;

        YearTable(CalendarYear year) {
            this.year = year;
            for (Holiday h : year.holidays()) {
                for (LocalDate d = h.from(); !d.isAfter(h.to()); d = d.plusDays(1)) {
                    off.put(d, h.name());
                }
                for (LocalDate d : h.makeUpWorkdays()) {
                    on.put(d, h.name());
                }
            }
            LocalDate jan1 = LocalDate.of(year.year(), 1, 1);
            cumulative = new int[jan1.lengthOfYear() + 1];
            for (int i = 1; i <= jan1.lengthOfYear(); i++) {
                cumulative[i] = cumulative[i - 1] + (day(jan1.withDayOfYear(i)).working() ? 1 : 0);
            }
        }

        CalendarDay day(LocalDate d) {
            String holiday = off.get(d);
            if (holiday != null) {
                return new CalendarDay(d, DayType.HOLIDAY, holiday);
            }
            holiday = on.get(d);
            if (holiday != null) {
                return new CalendarDay(d, DayType.MAKE_UP_WORKDAY, holiday);
            }
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            return new CalendarDay(d, weekend ? DayType.WEEKEND : DayType.WORKDAY, null);
        }
    }
}
