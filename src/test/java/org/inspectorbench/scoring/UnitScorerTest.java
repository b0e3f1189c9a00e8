package org.inspectorbench.scoring;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.inspectorbench.rubric.Part;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.inspectorbench.scoring.Findings.MONITORING;
import static org.inspectorbench.scoring.Findings.c;
import static org.inspectorbench.scoring.Findings.withId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Live sessions: edits re-score one item, and always agree with scoring everything again. */
class UnitScorerTest extends ScoringTestSupport {

    private static final String USABILITY = "政府网站/功能设计/可用性";
    private static final List<String> SITES = List.of("绵阳市发展和改革委员会", "信用中国(四川绵阳)");

    private static UnitScorer open(Findings.Unit unit) {
        SessionOutcome o = ENGINE.open(unit.build(), MONITORING);
        assertEquals(List.of(), o.problems());
        return o.session().orElseThrow();
    }

    private static Findings.Unit twoSites() {
        return Findings.department("市发展改革委").site(SITES.get(0)).site(SITES.get(1));
    }

    @Test
    void addUpdateRemoveWithDiffs() {
        UnitScorer s = open(Findings.county("涪城区"));
        assertEquals("100", Points.format(s.result().total()));
        EditOutcome add = s.put(FindingPlace.website("涪城区"), withId("f1", c(USABILITY, "1")));
        assertTrue(add.accepted());
        assertEquals("-0.2 可用性", add.diff().summary());
        assertEquals("99.8", Points.format(add.result().total()));
        EditOutcome update = s.put(FindingPlace.website("涪城区"), withId("f1", c(USABILITY, "1", 3)));
        assertEquals("-0.4 可用性", update.diff().summary());
        EditOutcome move = s.put(FindingPlace.unit(), withId("f1", c("日常工作/省市通报", "1b")));
        assertEquals("+0.6 可用性、-3 省市通报", move.diff().summary());
        EditOutcome remove = s.remove("f1");
        assertEquals("+3 省市通报", remove.diff().summary());
        assertEquals("100", Points.format(remove.result().total()));
    }

    @Test
    void diffOnOneOfSeveralSitesShowsTheSiteAndTheAverageMove() {
        UnitScorer s = open(twoSites());
        EditOutcome add = s.put(FindingPlace.website(SITES.get(1)), withId("x", c(USABILITY, "1")));
        assertEquals("-0.2 可用性(信用中国(四川绵阳)), 总分 -0.1", add.diff().summary());
    }

    @Test
    void vetoEditsChangeTheTier() {
        UnitScorer s = open(Findings.county("涪城区"));
        EditOutcome v = s.putVeto(FindingPlace.website("涪城区"), Findings.veto("政府网站/首页不更新"));
        assertTrue(v.accepted());
        assertEquals("单项否决 政府网站/首页不更新, 第二等次 → 不合格", v.diff().summary());
        EditOutcome second = s.putVeto(FindingPlace.newMedia(), Findings.veto("政务新媒体/内容不更新"));
        assertEquals("单项否决 政务新媒体/内容不更新", second.diff().summary(), "already 不合格: the tier does not move");
        s.removeVeto(FindingPlace.newMedia(), "政务新媒体/内容不更新");
        EditOutcome back = s.removeVeto(FindingPlace.website("涪城区"), "政府网站/首页不更新");
        assertEquals("撤销单项否决 政府网站/首页不更新, 不合格 → 第二等次", back.diff().summary());
    }

    @Test
    void bonusBehindTheGateLeavesTheTotal() {
        UnitScorer s = open(Findings.county("涪城区").site("涪城区", c("政府网站/其他/调整", "1", 12)));
        EditOutcome bonus = s.put(FindingPlace.unit(), withId("b", c("加分指标/工作保障/信息采用", "1a")));
        assertEquals("+2 信息采用, 总分不变", bonus.diff().summary());
    }

    @Test
    void refusedEditsChangeNothing() {
        UnitScorer s = open(Findings.county("涪城区"));
        UnitResult before = s.result();
        EditOutcome noId = s.put(FindingPlace.unit(), c("日常工作/省市通报", "1b"));
        assertFalse(noId.accepted());
        assertEquals("finding.id", noId.problems().get(0).path());
        EditOutcome badRule = s.put(FindingPlace.unit(), withId("a", c("日常工作/省市通报", "1")));
        assertEquals("finding.rule", badRule.problems().get(0).path());
        assertEquals(List.of("1a", "1b", "1c"), badRule.problems().get(0).suggestions());
        EditOutcome badSite = s.put(FindingPlace.website("涪城区人民政府x"), withId("a", c(USABILITY, "1")));
        assertEquals("finding.site", badSite.problems().get(0).path());
        assertFalse(s.remove("nope").accepted());
        assertFalse(s.putVeto(FindingPlace.newMedia(), Findings.veto("政府网站/首页不更新")).accepted());
        assertSame(before, s.result());
    }

    @Test
    void openingLeavesOutBadStoredFindingsAndReportsThem() {
        SessionOutcome o = ENGINE.open(Findings.county("涪城区")
                .unit(c("日常工作/省市通报", "1b"), c("日常工作/不存在", "1")).build(), MONITORING);
        assertEquals(1, o.problems().size());
        assertEquals("findings[1].item", o.problems().get(0).path());
        assertEquals("97", Points.format(o.session().orElseThrow().result().total()));
        SessionOutcome badKind = ENGINE.open(new Findings.Unit("涪城区", "区县").build(), MONITORING);
        assertTrue(badKind.session().isEmpty());
        assertEquals("kind", badKind.problems().get(0).path());
    }

    /** Random add/update/remove/veto sequences: the session equals a full re-score after every edit. */
    @Property(tries = 30)
    void incrementalEqualsFullRescore(@ForAll long seed) {
        check(ENGINE, seed, 30);
    }

    static void check(ScoringEngine engine, long seed, int edits) {
        Random random = new Random(seed);
        RandomFindings gen = new RandomFindings(engine, random, MONITORING);
        UnitScorer s = engine.open(new UnitFindings("市发展改革委", "市级部门", List.of(), List.of(),
                List.of(new WebsiteFindings(SITES.get(0), List.of(), List.of()),
                        new WebsiteFindings(SITES.get(1), List.of(), List.of())), null), MONITORING).session().orElseThrow();
        Map<String, Map.Entry<FindingPlace, FindingInput>> model = new LinkedHashMap<>();
        Map<FindingPlace, List<String>> vetoes = new LinkedHashMap<>();
        List<String> vetoPaths = new ArrayList<>(engine.index().vetoPaths());
        for (int step = 0; step < edits; step++) {
            int op = random.nextInt(20);
            EditOutcome outcome;
            if (op < 9 || model.isEmpty()) {
                String id = "f" + step;
                Part.Scope scope = gen.scope();
                FindingPlace place = place(scope, random);
                FindingInput f = gen.finding(id, scope);
                outcome = s.put(place, f);
                model.put(id, Map.entry(place, f));
            } else if (op < 14) {
                String id = new ArrayList<>(model.keySet()).get(random.nextInt(model.size()));
                Part.Scope scope = gen.scope();
                FindingPlace place = place(scope, random);
                FindingInput f = gen.finding(id, scope);
                outcome = s.put(place, f);
                model.put(id, Map.entry(place, f));
            } else if (op < 17) {
                String id = new ArrayList<>(model.keySet()).get(random.nextInt(model.size()));
                outcome = s.remove(id);
                model.remove(id);
            } else {
                String path = vetoPaths.get(random.nextInt(vetoPaths.size()));
                FindingPlace place = path.startsWith("政府网站/") ? place(Part.Scope.WEBSITE, random) : FindingPlace.newMedia();
                List<String> atPlace = vetoes.computeIfAbsent(place, p -> new ArrayList<>());
                if (atPlace.contains(path)) {
                    outcome = s.removeVeto(place, path);
                    atPlace.remove(path);
                } else {
                    outcome = s.putVeto(place, Findings.veto(path));
                    atPlace.add(path);
                }
            }
            assertTrue(outcome.accepted(), () -> "seed " + seed + ": " + outcome.problems());
            ScoreOutcome full = engine.score(new FindingsInput(MONITORING, List.of(rebuild(model, vetoes))));
            assertTrue(full.ok(), () -> full.problems().toString());
            assertEquals(Snapshot.of(full.units().get(0)), Snapshot.of(s.result()), "seed " + seed + " step " + step);
            assertEquals(0, full.units().get(0).total().compareTo(outcome.result().total()));
        }
    }

    private static FindingPlace place(Part.Scope scope, Random random) {
        return switch (scope) {
            case UNIT -> FindingPlace.unit();
            case WEBSITE -> FindingPlace.website(SITES.get(random.nextInt(SITES.size())));
            case NEW_MEDIA -> FindingPlace.newMedia();
        };
    }

    private static UnitFindings rebuild(Map<String, Map.Entry<FindingPlace, FindingInput>> model,
                                        Map<FindingPlace, List<String>> vetoes) {
        List<FindingInput> unit = new ArrayList<>();
        List<FindingInput> media = new ArrayList<>();
        List<List<FindingInput>> sites = List.of(new ArrayList<>(), new ArrayList<>());
        for (var e : model.values()) {
            FindingPlace p = e.getKey();
            switch (p.scope()) {
                case UNIT -> unit.add(e.getValue());
                case NEW_MEDIA -> media.add(e.getValue());
                case WEBSITE -> sites.get(SITES.indexOf(p.site())).add(e.getValue());
            }
        }
        List<WebsiteFindings> websites = new ArrayList<>();
        for (int i = 0; i < SITES.size(); i++) {
            websites.add(new WebsiteFindings(SITES.get(i), sites.get(i),
                    vetoes.getOrDefault(FindingPlace.website(SITES.get(i)), List.of()).stream().map(Findings::veto).toList()));
        }
        return new UnitFindings("市发展改革委", "市级部门", List.of(), unit, websites,
                new NewMediaFindings(media, vetoes.getOrDefault(FindingPlace.newMedia(), List.of()).stream()
                        .map(Findings::veto).toList()));
    }
}
