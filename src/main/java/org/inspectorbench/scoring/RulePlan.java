package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Measure;
import org.inspectorbench.rubric.MeasureTier;
import org.inspectorbench.rubric.Rule;

import java.time.Period;
import java.util.List;

/** A rule with its measured tiers' periods parsed once. */
final class RulePlan {

    final Rule rule;
    /** The rule's position in its item. */
    final int index;
    final Measure.Type measureType;
    final List<TierPlan> tiers;
    /** Explanation pieces that depend only on the rubric: "细则2: ", " × 0.5 分", " [读法: ...]". */
    final String prefix;
    final String perOccurrence;
    final String capText;
    final String readingText;

    RulePlan(Rule rule, int index, List<TierPlan> tiers) {
        this.rule = rule;
        this.index = index;
        this.measureType = rule.measure() == null ? null : rule.measure().type();
        this.tiers = tiers;
        this.prefix = "细则" + rule.id() + ": ";
        this.perOccurrence = rule.points() == null ? "" : "处 × " + Points.format(rule.points()) + " 分";
        this.capText = rule.cap() == null ? "" : Points.format(rule.cap()) + " 分";
        this.readingText = Points.blank(rule.reading()) ? "" : " [读法: " + rule.reading() + "]";
    }

    /** A tier with its ISO periods parsed ("P14D", "P3M"). */
    record TierPlan(MeasureTier tier, Period within, Period olderThan, String label) {
    }
}
