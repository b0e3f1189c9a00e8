package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Measure;
import org.inspectorbench.rubric.MeasureTier;
import org.inspectorbench.rubric.Rule;

import java.time.Period;
import java.util.List;

/** A rule with its measured tiers' periods parsed once. */
final class RulePlan {

    final Rule rule;
    final Measure.Type measureType;
    final List<TierPlan> tiers;

    RulePlan(Rule rule, List<TierPlan> tiers) {
        this.rule = rule;
        this.measureType = rule.measure() == null ? null : rule.measure().type();
        this.tiers = tiers;
    }

    /** A tier with its ISO periods parsed ("P14D", "P3M"). */
    record TierPlan(MeasureTier tier, Period within, Period olderThan, String label) {
    }
}
