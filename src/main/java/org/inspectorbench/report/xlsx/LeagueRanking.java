package org.inspectorbench.report.xlsx;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.UnitResult;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The league order: by tier (the rubric's order, highest first), then by total, highest first;
 * equal tier and total share a rank and the next rank skips (1, 2, 2, 4). Ranking by tier first
 * puts a unit made 不合格 by a 单项否决 below every unit of a better tier whatever its score
 * (rubric-notes.md: a veto makes the unit 不合格 "whatever its score"). Totals compare at the
 * 2 decimals they are shown with.
 */
public final class LeagueRanking {

    /** A unit's place in the league. */
    public record Ranked(int rank, UnitResult unit) {
    }

    private LeagueRanking() {
    }

    public static List<Ranked> rank(Rubric rubric, List<UnitResult> units) {
        Comparator<UnitResult> order = Comparator.<UnitResult>comparingInt(u -> tierIndex(rubric, u.tier()))
                .thenComparing(u -> Points.round2(u.total()), Comparator.reverseOrder());
        List<UnitResult> sorted = new ArrayList<>(units);
        sorted.sort(order); // stable: equal units keep the campaign's order
        List<Ranked> out = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            UnitResult u = sorted.get(i);
            int rank = i > 0 && order.compare(sorted.get(i - 1), u) == 0 ? out.get(i - 1).rank() : i + 1;
            out.add(new Ranked(rank, u));
        }
        return out;
    }

    /** The tier's position in the rubric (0 = highest); unknown names sort last. */
    static int tierIndex(Rubric rubric, String tier) {
        List<Tier> tiers = rubric.tiers();
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).name().equals(tier)) {
                return i;
            }
        }
        return tiers.size();
    }

    static boolean isVetoTier(Rubric rubric, String tier) {
        return rubric.tiers().stream().anyMatch(t -> t.vetoTier() && t.name().equals(tier));
    }

    static BigDecimal total(UnitResult u) {
        return Points.round2(u.total());
    }
}
