package org.inspectorbench.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * One holiday period of a notice: the days off {@code from}..{@code to} (inclusive) and the weekend
 * days announced as working days to make up for it (调休上班).
 *
 * @param text the notice's sentence for this holiday, verbatim, so the data can be checked against it
 * @param note why the dates differ from the text, if they do (e.g. a day that belongs to the previous year)
 */
public record Holiday(
        String name,
        String text,
        LocalDate from,
        LocalDate to,
        List<LocalDate> makeUpWorkdays,
        String note) {

    public Holiday {
        makeUpWorkdays = List.copyOf(makeUpWorkdays);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }
}
