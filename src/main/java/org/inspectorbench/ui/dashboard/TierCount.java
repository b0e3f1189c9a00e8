package org.inspectorbench.ui.dashboard;

/** How many units a tier holds. */
public record TierCount(String tier, int count) {
}
