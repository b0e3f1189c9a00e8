package org.inspectorbench.ui.dashboard;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the dashboard shows, read in one go off the FX thread.
 *
 * @param maxTotal the rubric's maximum total (the histogram's range)
 * @param tiers    the rubric's tier names, highest first
 * @param rows     every unit in league order
 */
public record DashboardData(String campaign, BigDecimal maxTotal, List<String> tiers, List<LeagueRow> rows,
                            List<InspectorProgress> inspectors) {

    public DashboardData {
        tiers = List.copyOf(tiers);
        rows = List.copyOf(rows);
        inspectors = List.copyOf(inspectors);
    }
}
