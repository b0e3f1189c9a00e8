package org.inspectorbench.calendar;

import java.time.LocalDate;

/**
 * A day as the calendar sees it.
 *
 * @param holiday the holiday the day belongs to (for HOLIDAY and MAKE_UP_WORKDAY), else null
 */
public record CalendarDay(LocalDate date, DayType type, String holiday) {

    public boolean working() {
        return type.working();
    }

    /** "2022-10-01 星期六 节假日（国庆节）" */
    public String describe() {
        String weekday = switch (date.getDayOfWeek()) {
            case MONDAY -> "星期一";
            case TUESDAY -> "星期二";
            case WEDNESDAY -> "星期三";
            case THURSDAY -> "星期四";
            case FRIDAY -> "星期五";
            case SATURDAY -> "星期六";
            case SUNDAY -> "星期日";
        };
        return date + " " + weekday + " " + type.label() + (holiday == null ? "" : "（" + holiday + "）");
    }
}
