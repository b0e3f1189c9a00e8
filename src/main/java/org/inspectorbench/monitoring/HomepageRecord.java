package org.inspectorbench.monitoring;

import java.time.LocalDate;

/**
 * What the inspector records about the homepage during the monitoring period.
 *
 * @param lastUpdate     the newest dated item on the homepage, or null when none is dated
 * @param navigationOnly the homepage is only a navigation entrance to the columns (seed: "如首页仅为网站栏目导航入口"),
 *                       so the second-level pages (the recorded columns) are judged instead
 */
public record HomepageRecord(LocalDate lastUpdate, boolean navigationOnly) {
}
