package org.inspectorbench.scoring;

import java.math.BigDecimal;

/** One item whose score moved between two results of a unit. */
public record ScoreChange(String item, String site, String label, BigDecimal before, BigDecimal after) {

    public BigDecimal delta() {
        return after.subtract(before);
    }

    /** "-0.5 可用性", with the site in brackets for a per-website item of a unit with several. */
    public String describe(boolean withSite) {
        String text = Points.signed(delta()) + " " + label;
        return withSite && site != null ? text + "(" + site + ")" : text;
    }
}
