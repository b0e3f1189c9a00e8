package org.inspectorbench.monitoring;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.Veto;
import org.inspectorbench.rubric.VetoCondition;

import java.math.BigDecimal;
import java.time.Period;

/**
 * Builds the veto checks' rules from the rubric's data, so that the thresholds (5%, 5 / 10 / 5
 * columns, 5 matters) come from the rubric file of the campaign, never from Java. The figures the
 * rubric data does not carry (15 s, 20 a day, the periods) are the caller's.
 */
public final class VetoThresholds {

    public static final String AVAILABILITY = "政府网站/站点无法访问";

    private VetoThresholds() {
    }

    /**
     * The threshold of one numbered condition of a veto.
     *
     * @throws IllegalArgumentException naming what is missing, when the rubric has no such veto,
     *         condition or threshold
     */
    public static BigDecimal threshold(Rubric rubric, String vetoPath, String conditionId) {
        Veto veto = rubric.vetoes().stream().filter(v -> (v.target() + "/" + v.name()).equals(vetoPath)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the rubric has no veto " + vetoPath));
        VetoCondition c = veto.conditions().stream().filter(x -> x.id().equals(conditionId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the rubric's veto " + vetoPath + " has no condition " + conditionId));
        if (c.threshold() == null) {
            throw new IllegalArgumentException("the rubric's veto " + vetoPath + " condition " + conditionId + " has no threshold");
        }
        return c.threshold();
    }

    public static AvailabilityRule availability(Rubric rubric, BigDecimal slowSeconds, int minChecksPerDay, int days) {
        return new AvailabilityRule(threshold(rubric, AVAILABILITY, "1"), slowSeconds, minChecksPerDay, days);
    }

    public static ColumnRule columns(Rubric rubric, Period dynamicWindow, Period firstLevelWindow, Period longWindow) {
        return new ColumnRule(dynamicWindow, firstLevelWindow, longWindow,
                count(rubric, ColumnCheck.VETO, "1"), count(rubric, ColumnCheck.VETO, "2"), count(rubric, ColumnCheck.VETO, "3"));
    }

    public static ServiceGuideRule serviceGuide(Rubric rubric, int missingElements) {
        return new ServiceGuideRule(missingElements, count(rubric, ServiceGuideCheck.VETO, "2"));
    }

    private static int count(Rubric rubric, String veto, String condition) {
        BigDecimal t = threshold(rubric, veto, condition);
        try {
            return t.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("the rubric's veto " + veto + " condition " + condition
                    + " threshold " + t + " is not a whole count");
        }
    }
}
