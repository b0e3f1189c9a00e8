package org.inspectorbench.rubric;

import java.util.List;

/**
 * A measured quantity a rule grades. DATE values are a last-update date compared with the
 * campaign's 监测时间点; FRACTION values are rates between 0 and 1; NUMBER values are counts such as
 * followers. Tiers are tried in order and the first that matches gives the points; no match gives 0.
 */
public record Measure(Type type, List<MeasureTier> tiers) {

    public enum Type { DATE, FRACTION, NUMBER }
}
