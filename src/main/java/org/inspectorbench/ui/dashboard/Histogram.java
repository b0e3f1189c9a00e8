package org.inspectorbench.ui.dashboard;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Totals counted in bins of equal width from 0 to the rubric's maximum: [0,10), [10,20) ... [120,130]. */
public final class Histogram {

    /** A bin: {@code from} inclusive, {@code to} exclusive except for the last bin. */
    public record Bin(int from, int to, int count) {

        public String label() {
            return from + "–" + to;
        }
    }

    private Histogram() {
    }

    public static List<Bin> of(List<BigDecimal> totals, BigDecimal max, int width) {
        int top = max.setScale(0, java.math.RoundingMode.CEILING).intValueExact();
        int bins = Math.max(1, (top + width - 1) / width);
        int[] counts = new int[bins];
        for (BigDecimal t : totals) {
            int i = t.divideToIntegralValue(BigDecimal.valueOf(width)).intValue();
            counts[Math.max(0, Math.min(bins - 1, i))]++;
        }
        List<Bin> out = new ArrayList<>(bins);
        for (int i = 0; i < bins; i++) {
            out.add(new Bin(i * width, Math.min(top, (i + 1) * width), counts[i]));
        }
        return out;
    }
}
