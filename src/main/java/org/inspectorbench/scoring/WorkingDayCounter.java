package org.inspectorbench.scoring;

import java.time.LocalDate;

/**
 * Counts 工作日 by the official Chinese calendar (public holidays off, announced make-up weekend
 * days on): rubric-notes.md. The calendar data lives outside the pure core; the engine only asks.
 */
public interface WorkingDayCounter {

    /**
     * The working days after {@code from} up to and including {@code to} (0 when {@code to} is not
     * after {@code from}): a question asked on a Friday and answered on the next Monday took 1.
     *
     * @throws MissingCalendarYearException when a year in between is not in the calendar; a
     *         weekend-only guess would silently misjudge holiday weeks
     */
    int workingDaysBetween(LocalDate from, LocalDate to);

    /** Thrown when the calendar has no data for a year the count needs. */
    final class MissingCalendarYearException extends RuntimeException {
        private final int year;

        public MissingCalendarYearException(int year) {
            super("工作日历缺少 " + year + " 年的数据 (the working-day calendar has no data for " + year
                    + "): add sample-data/calendar/" + year + ".json from the State Council's holiday notice");
            this.year = year;
        }

        public int year() {
            return year;
        }
    }
}
