package org.inspectorbench.calendar;

import java.util.List;

/** The official working-day calendar of one year: its notice and its holiday periods. */
public record CalendarYear(int year, HolidayNotice notice, List<Holiday> holidays) {

    public CalendarYear {
        holidays = List.copyOf(holidays);
    }
}
