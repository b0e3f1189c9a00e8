package org.inspectorbench.scoring;

import org.inspectorbench.rubric.BonusGate;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.rubric.Veto;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * From item sums to the unit's scorecard (rubric-notes.md, Verdicts and totals): per-website parts
 * average their sites (half-up, 2 decimals); a part with a verdict fails on any of its vetoes or
 * below its pass mark; the bonus counts only past the gate; the tier is decided on the rounded total
 * on half-open ranges, and any veto gives the veto tier whatever the score.
 */
final class UnitAggregator {

    private UnitAggregator() {
    }

    /** What a unit session hands over: the part sums per site and the vetoes per place. */
    record State(String unit, String kind, List<String> sites, BigDecimal[][] sums,
                 Map<FindingPlace, ? extends Map<String, VetoInput>> vetoes, ItemResult[] items) {
    }

    static UnitResult aggregate(RubricPlan plan, State s) {
        List<PartResult> parts = new ArrayList<>(plan.parts.size());
        Set<String> vetoReasons = new LinkedHashSet<>();
        BigDecimal earned = BigDecimal.ZERO;
        boolean anyBonus = false;
        for (int p = 0; p < plan.parts.size(); p++) {
            PartResult part = part(plan, plan.parts.get(p), s.sums()[p], s, vetoReasons);
            parts.add(part);
            if (part.bonus()) {
                earned = earned.add(part.score());
                anyBonus = true;
            }
        }
        String gateNote = gateNote(plan, parts);
        boolean counted = gateNote == null;
        BigDecimal total = BigDecimal.ZERO;
        for (int p = 0; p < parts.size(); p++) {
            PartResult part = parts.get(p);
            if (part.bonus() && !counted) {
                part = withCounted(part, BigDecimal.ZERO);
                parts.set(p, part);
            }
            total = total.add(part.counted());
        }
        total = Points.round2(total);
        boolean vetoed = !vetoReasons.isEmpty();
        Tier tier = tier(plan, total, vetoed);
        return new UnitResult(s.unit(), s.kind(), total, tier.name(), tier.performancePercent(), vetoed,
                List.copyOf(vetoReasons), List.copyOf(parts), earned, anyBonus && counted,
                anyBonus ? gateNote : null, Collections.unmodifiableList(Arrays.asList(s.items().clone())));
    }

    private static PartResult part(RubricPlan plan, Part part, BigDecimal[] sums, State s, Set<String> unitVetoes) {
        boolean judged = plan.judgedParts.contains(part.name());
        BigDecimal mark = plan.passMarks.get(part.name());
        List<String> reasons = new ArrayList<>(0);
        List<SiteResult> sites = List.of();
        BigDecimal score;
        if (part.scope() == Part.Scope.WEBSITE) {
            BigDecimal sum = BigDecimal.ZERO;
            List<SiteResult> siteResults = new ArrayList<>(sums.length);
            boolean several = sums.length > 1;
            for (int i = 0; i < sums.length; i++) {
                String site = s.sites().get(i);
                List<String> siteVetoes = vetoes(plan, part, s.vetoes().get(FindingPlace.website(site)));
                boolean low = mark != null && sums[i].compareTo(mark) < 0;
                List<String> siteReasons = new ArrayList<>(siteVetoes);
                if (low) {
                    siteReasons.add(lowScore(sums[i], mark));
                }
                siteResults.add(new SiteResult(site, sums[i], siteReasons.isEmpty(), List.copyOf(siteReasons)));
                for (String v : siteVetoes) {
                    // A veto on any of a unit's websites is a veto for the unit (rubric-notes.md).
                    String reason = several ? v + "(" + site + ")" : v;
                    reasons.add(reason);
                    unitVetoes.add(reason);
                }
                sum = sum.add(sums[i]);
            }
            score = sums.length == 1 ? sums[0] : sum.divide(BigDecimal.valueOf(sums.length), 2, RoundingMode.HALF_UP);
            sites = List.copyOf(siteResults);
        } else {
            score = sums[0];
            FindingPlace place = part.scope() == Part.Scope.UNIT ? FindingPlace.unit() : FindingPlace.newMedia();
            for (String v : vetoes(plan, part, s.vetoes().get(place))) {
                reasons.add(v);
                unitVetoes.add(v);
            }
        }
        if (mark != null && score.compareTo(mark) < 0) {
            reasons.add(lowScore(score, mark));
        }
        return new PartResult(part.name(), part.division(), part.scope(), part.bonus(), part.points(), score, score,
                judged, reasons.isEmpty(), List.copyOf(reasons), sites);
    }

    private static List<String> vetoes(RubricPlan plan, Part part, Map<String, VetoInput> recorded) {
        if (recorded == null || recorded.isEmpty()) {
            return List.of();
        }
        List<String> hits = new ArrayList<>(recorded.size());
        for (String path : recorded.keySet()) {
            Veto veto = plan.vetoes.get(path);
            if (veto != null && part.name().equals(veto.target())) {
                hits.add(path);
            }
        }
        return hits;
    }

    private static String lowScore(BigDecimal score, BigDecimal mark) {
        return "得分 " + Points.format(score) + " 低于 " + Points.format(mark);
    }

    /** Null when the bonus counts; else why not ("加分未计入: 第二部分 41.5 < 44"). */
    private static String gateNote(RubricPlan plan, List<PartResult> parts) {
        BonusGate gate = plan.rubric.bonusGate();
        if (gate == null || gate.min() == null || gate.parts() == null) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        Set<String> divisions = new LinkedHashSet<>();
        for (PartResult p : parts) {
            if (gate.parts().contains(p.name())) {
                sum = sum.add(p.score());
                divisions.add(p.division());
            }
        }
        if (sum.compareTo(gate.min()) >= 0) {
            return null;
        }
        String label = divisions.size() == 1 && !divisions.contains(null)
                ? divisions.iterator().next()
                : String.join("+", gate.parts());
        return "加分未计入: " + label + " " + Points.format(sum) + " < " + Points.format(gate.min());
    }

    static Tier tier(RubricPlan plan, BigDecimal total, boolean vetoed) {
        List<Tier> tiers = plan.rubric.tiers();
        Tier lowest = null;
        Tier best = null;
        for (Tier t : tiers) {
            if (vetoed && t.vetoTier()) {
                return t;
            }
            if (t.min() == null) {
                lowest = t;
            } else if (total.compareTo(t.min()) >= 0 && (best == null || t.min().compareTo(best.min()) > 0)) {
                best = t;
            }
        }
        if (lowest == null) {
            // No open-ended tier: the one with the lowest mark stands for "below every mark".
            for (Tier t : tiers) {
                if (t.min() != null && (lowest == null || t.min().compareTo(lowest.min()) < 0)) {
                    lowest = t;
                }
            }
        }
        return vetoed || best == null ? lowest : best;
    }

    private static PartResult withCounted(PartResult p, BigDecimal counted) {
        return new PartResult(p.name(), p.division(), p.scope(), p.bonus(), p.max(), p.score(), counted, p.judged(),
                p.pass(), p.reasons(), p.sites());
    }
}
