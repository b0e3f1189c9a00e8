package org.inspectorbench.calendar;

/** Why a day is or is not a 工作日. */
public enum DayType {
    /** Monday to Friday, not a holiday. */
    WORKDAY(true, "工作日"),
    /** Saturday or Sunday with no make-up announcement. */
    WEEKEND(false, "周末"),
    /** A day off of a holiday period of the notice (may fall on any weekday). */
    HOLIDAY(false, "节假日"),
    /** A Saturday or Sunday the notice declares a working day (调休上班). */
    MAKE_UP_WORKDAY(true, "调休上班");

    private final boolean working;
    private final String label;

    DayType(boolean working, String label) {
        this.working = working;
        this.label = label;
    }

    public boolean working() {
        return working;
    }

    public String label() {
        return label;
    }
}
