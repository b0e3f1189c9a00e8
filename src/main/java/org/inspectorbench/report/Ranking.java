package org.inspectorbench.report;

import org.inspectorbench.rubric.Tier;
import org.inspectorbench.scoring.Points;
import org.inspectorbench.scoring.UnitResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The campaign's league table. Units are ordered by 等次 first and then by total (rounded to 2
 * decimals, as tiers are decided: rubric-notes.md), so that a unit made 不合格 by a 单项否决 ranks
 * below every unit that passed, whatever its points. Units with the same tier and the same rounded
 * total share a rank, and the next rank skips accordingly (1, 2, 2, 4: standard competition ranking).
 * Ranks within a unit kind (县市区, 园区, 市级部门) are given too: the office compares like with like.
 */
public final class Ranking {

    /** One line of the table. */
    public record Entry(int rank, int rankInKind, UnitResult result) {
    }

    private Ranking() {
    }

    public static List<Entry> of(List<UnitResult> results, List<Tier> tiers) {
        Map<String, Integer> tierOrder = new HashMap<>();
        for (int i = 0; i < tiers.size(); i++) {
            tierOrder.put(tiers.get(i).name(), i);
        }
        Comparator<UnitResult> order = Comparator
                .comparingInt((UnitResult r) -> tierOrder.getOrDefault(r.tier(), tiers.size()))
                .thenComparing((UnitResult r) -> Points.round2(r.total()), Comparator.reverseOrder());
        List<UnitResult> sorted = new ArrayList<>(results);
        // Equal units keep the campaign's order (a stable sort), so the table reads the same every time.
        sorted.sort(order);
        List<Entry> out = new ArrayList<>(sorted.size());
        Map<String, UnitResult> previousInKind = new HashMap<>();
        Map<String, Integer> rankInKind = new HashMap<>();
        Map<String, Integer> seenInKind = new HashMap<>();
        UnitResult previous = null;
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            UnitResult r = sorted.get(i);
            if (previous == null || order.compare(previous, r) != 0) {
                rank = i + 1;
            }
            previous = r;
            int seen = seenInKind.merge(r.kind(), 1, Integer::sum);
            UnitResult before = previousInKind.get(r.kind());
            if (before == null || order.compare(before, r) != 0) {
                rankInKind.put(r.kind(), seen);
            }
            previousInKind.put(r.kind(), r);
            out.add(new Entry(rank, rankInKind.get(r.kind()), r));
        }
        return out;
    }

    /** How many units each tier has, in the rubric's order (tiers without units count 0). */
    public static Map<String, Integer> tierCounts(List<UnitResult> results, List<Tier> tiers) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Tier t : tiers) {
            counts.put(t.name(), 0);
        }
        for (UnitResult r : results) {
            counts.merge(r.tier(), 1, Integer::sum);
        }
        return counts;
    }

    /** The number of units made 不合格 by a 单项否决 (counted within the veto tier). */
    public static long vetoed(List<UnitResult> results) {
        return results.stream().filter(UnitResult::vetoed).count();
    }

}
