package org.inspectorbench.rubric;

import java.util.List;

/**
 * A measured quantity a rule grades. DATE values are a last-update date compared with the
 * campaign's 监测时间点; FRACTION values are rates between 0 and 1; NUMBER values are counts such as
 * followers. WORKING_DAYS values are an interval "asked/answered" of ISO dates ("2022-11-01/2022-11-09",
 * or "2022-11-01/" when no answer came): the tiers compare the 工作日 between the two, and no answer
 * counts as more working days than any limit (it matches above/atLeast, never below/atMost). Tiers are
 * tried in order and the first that matches gives the points; no match gives 0. Several findings on
 * one measured rule (two simulated questions) add up, then the rule's cap applies.
 */
public record Measure(Type type, List<MeasureTier> tiers) {

    public enum Type { DATE, FRACTION, NUMBER, WORKING_DAYS }
}
