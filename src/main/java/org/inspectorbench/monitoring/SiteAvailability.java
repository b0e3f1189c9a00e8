package org.inspectorbench.monitoring;

import java.math.BigDecimal;
import java.util.List;

/**
 * One site's monitoring week.
 *
 * @param days      every day of the week, in order (a day without checks has 0)
 * @param share     (slow + failed) / checks, exact (null when there were no checks)
 * @param proposal  the 站点无法访问 proposal with its Chinese evidence text
 */
public record SiteAvailability(
        String site,
        List<DayFigures> days,
        int checks,
        int slow,
        int failed,
        BigDecimal share,
        AvailabilityStatus status,
        VetoProposal proposal) {

    public SiteAvailability {
        days = List.copyOf(days);
    }

    public int notOpened() {
        return slow + failed;
    }
}
