package org.inspectorbench.monitoring;

/** The outcome of a site's monitoring week. */
public enum AvailabilityStatus {
    /** Enough checks every day, and the share reaches the veto line. */
    VETO("建议单项否决"),
    /** Enough checks every day, and the share stays below the line. */
    BELOW_THRESHOLD("未达否决线"),
    /** Some day of the week has fewer checks than the rule needs: the log cannot decide. */
    INSUFFICIENT("监测数据不足");

    private final String label;

    AvailabilityStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
