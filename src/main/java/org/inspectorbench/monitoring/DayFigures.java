package org.inspectorbench.monitoring;

import java.time.LocalDate;

/**
 * One site's checks on one day.
 *
 * @param slow   checks that took the rule's slow seconds or longer
 * @param failed checks that could not open the page at all
 */
public record DayFigures(LocalDate day, int checks, int slow, int failed) {

    public int notOpened() {
        return slow + failed;
    }
}
