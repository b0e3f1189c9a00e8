package org.inspectorbench.monitoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The analysis of a monitoring log.
 *
 * @param ignored checks outside the monitoring week (the log ran longer), not counted
 */
public record AvailabilityReport(LocalDate weekStart, LocalDate weekEnd, List<SiteAvailability> sites, int ignored) {

    public AvailabilityReport {
        sites = List.copyOf(sites);
    }
}
