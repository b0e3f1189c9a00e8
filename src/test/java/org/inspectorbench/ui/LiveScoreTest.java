package org.inspectorbench.ui;

import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.rubric.Veto;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.UnitScorer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * The engine's live (incremental) score of the unit being edited gives, after every edit, exactly
 * what scoring the unit's findings from scratch gives: yes/no and counted rules on every website
 * and account, 单项否决 conditions, and findings the engine refuses (a website the unit lacks).
 */
class LiveScoreTest {

    private final FakeStore store = new FakeStore();
    private final UnitScorer scorer = FakeStore.scorer();

    @Test
    void everyEditScoresAsAFullRescore() {
        for (UnitInfo unit : store.units) {
            Random random = new Random(unit.name().hashCode());
            List<FindingRecord> places = places(store.campaign.rubric(), unit);
            Map<String, FindingRecord> held = new LinkedHashMap<>();
            UnitScorer.Live live = scorer.open(store.campaign, unit, List.of());
            int changedTotal = 0;
            for (int edit = 0; edit < 400; edit++) {
                FindingRecord f = places.get(random.nextInt(places.size()));
                int count = random.nextInt(4);
                ScoreSnapshot after;
                if (count == 0) {
                    FindingRecord old = held.remove(f.id());
                    after = old == null ? live.score() : live.remove(old);
                } else {
                    FindingRecord now = f.veto() ? f.withCount(1) : f.withCount(count);
                    held.put(now.id(), now);
                    after = live.put(now);
                }
                ScoreSnapshot full = scorer.score(store.campaign, unit, new ArrayList<>(held.values()));
                assertEquals(plain(full), plain(after), unit.name() + " after edit " + edit + " (" + f + ")");
                if (full.total().compareTo(new java.math.BigDecimal("100")) != 0) {
                    changedTotal++;
                }
            }
            assertNotEquals(0, changedTotal, "the edits moved the score of " + unit.name());
        }
    }

    /** The same numbers at another scale (32 against 32.0: a sum kept live) are the same score. */
    private static ScoreSnapshot plain(ScoreSnapshot s) {
        Map<String, java.math.BigDecimal> items = new LinkedHashMap<>();
        s.items().forEach((k, v) -> items.put(k, n(v)));
        return new ScoreSnapshot(n(s.total()), s.tier(), n(s.performancePercent()), s.vetoed(),
                s.parts().stream().map(p -> new ScoreSnapshot.PartScore(p.name(), n(p.score()), n(p.max()))).toList(),
                s.verdicts().stream().map(v -> new ScoreSnapshot.VerdictLine(v.part(), v.subject(), v.pass(),
                        n(v.score()), v.reasons())).toList(),
                s.bonusCounted(), s.bonusGateText(), items, s.notApplicable());
    }

    private static java.math.BigDecimal n(java.math.BigDecimal d) {
        return d == null ? null : d.stripTrailingZeros();
    }

    /** One finding per rule and website/account, one per veto condition, one on a site the unit lacks. */
    private static List<FindingRecord> places(Rubric rubric, UnitInfo unit) {
        List<FindingRecord> out = new ArrayList<>();
        for (Part part : rubric.parts()) {
            List<String> sites = part.scope() == Part.Scope.WEBSITE ? new ArrayList<>(unit.websites())
                    : java.util.Collections.singletonList(null);
            if (part.scope() == Part.Scope.WEBSITE) {
                sites.add("不存在的网站");
            }
            for (Section section : part.sections()) {
                for (Item item : section.items()) {
                    for (Rule rule : item.rules()) {
                        if (rule.kind() == Rule.Kind.MEASURE) {
                            continue;
                        }
                        for (String site : sites) {
                            String account = part.scope() == Part.Scope.NEW_MEDIA && !unit.accounts().isEmpty()
                                    ? unit.accounts().get(0).name() : null;
                            out.add(new FindingRecord("f" + out.size(), unit.name(),
                                    RubricIndex.pathOf(part, section, item), rule.id(), false, site, account,
                                    null, null, null));
                        }
                    }
                }
            }
        }
        for (Veto veto : rubric.vetoes()) {
            String path = RubricIndex.vetoPath(veto);
            List<String> sites = rubric.parts().stream().anyMatch(p -> p.name().equals(veto.target())
                    && p.scope() == Part.Scope.WEBSITE) ? unit.websites() : java.util.Collections.singletonList(null);
            for (String site : sites) {
                String condition = veto.conditions() == null || veto.conditions().isEmpty()
                        ? null : veto.conditions().get(0).id();
                out.add(new FindingRecord("v" + out.size(), unit.name(), path, condition, true, site, null,
                        1, null, null));
            }
        }
        return out;
    }
}
