package org.inspectorbench.ui;

import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.ui.port.CampaignInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.UnitScorer;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A stand-in for the scoring engine in view-model tests: deductions per rule (capped), item floor
 * at 0, website part averaged, vetoes, tiers. Measured rules score nothing here.
 */
final class FakeScorer implements UnitScorer {

    @Override
    public ScoreSnapshot score(CampaignInfo campaign, UnitInfo unit, List<FindingRecord> findings) {
        Map<String, BigDecimal> items = new LinkedHashMap<>();
        List<ScoreSnapshot.PartScore> parts = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (Part part : campaign.rubric().parts()) {
            List<String> sites = part.scope() == Part.Scope.WEBSITE ? unit.websites() : java.util.Collections.singletonList(null);
            BigDecimal sum = BigDecimal.ZERO;
            for (String site : sites) {
                for (Section section : part.sections()) {
                    for (Item item : section.items()) {
                        String path = RubricIndex.pathOf(part, section, item);
                        BigDecimal s = itemScore(part, item, path, site, findings);
                        items.put(ScoreSnapshot.itemKey(site, path), s);
                        sum = sum.add(s);
                    }
                }
            }
            BigDecimal score = sum.divide(BigDecimal.valueOf(sites.size()), 2, RoundingMode.HALF_UP);
            parts.add(new ScoreSnapshot.PartScore(part.name(), score, part.points()));
            total = total.add(score);
        }
        boolean vetoed = findings.stream().anyMatch(FindingRecord::veto);
        String tier = null;
        BigDecimal perf = null;
        for (Tier t : campaign.rubric().tiers()) {
            if (tier == null && (vetoed ? t.vetoTier() : t.min() == null || total.compareTo(t.min()) >= 0)) {
                tier = t.name();
                perf = t.performancePercent();
            }
        }
        List<ScoreSnapshot.VerdictLine> verdicts = new ArrayList<>();
        for (FindingRecord f : findings) {
            if (f.veto()) {
                verdicts.add(new ScoreSnapshot.VerdictLine("政府网站", f.site(), false, BigDecimal.ZERO, List.of(f.item())));
            }
        }
        return new ScoreSnapshot(total, tier, perf, vetoed, parts, verdicts, true, null, items, Set.of());
    }

    private static BigDecimal itemScore(Part part, Item item, String path, String site, List<FindingRecord> findings) {
        BigDecimal lost = BigDecimal.ZERO;
        for (Rule rule : item.rules()) {
            if (rule.points() == null) {
                continue;
            }
            BigDecimal r = BigDecimal.ZERO;
            for (FindingRecord f : findings) {
                if (!f.veto() && f.item().equals(path) && f.rule().equals(rule.id()) && Objects.equals(f.site(), site)) {
                    int n = rule.kind() == Rule.Kind.CHECK ? 1 : f.count() == null ? 1 : f.count();
                    r = r.add(rule.points().multiply(BigDecimal.valueOf(n)));
                }
            }
            lost = lost.add(rule.cap() == null ? r : r.min(rule.cap()));
        }
        lost = lost.min(item.points());
        return part.bonus() ? lost : item.points().subtract(lost);
    }
}
