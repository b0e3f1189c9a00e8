package org.inspectorbench.ui.adapter;

import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingPlace;
import org.inspectorbench.scoring.ItemResult;
import org.inspectorbench.scoring.NewMediaFindings;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.ScoringEngine;
import org.inspectorbench.scoring.SessionOutcome;
import org.inspectorbench.scoring.SiteResult;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.scoring.VetoInput;
import org.inspectorbench.scoring.WebsiteFindings;
import org.inspectorbench.scoring.WorkingDayCounter;
import org.inspectorbench.ui.port.CampaignInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.UnitScorer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The scoring engine behind the workbench's scorer port: findings in, the engine's result out. */
public final class EngineScorer implements UnitScorer {

    private final ScoringEngine engine;
    private final Map<String, Part.Scope> scopes = new HashMap<>();

    public EngineScorer(Rubric rubric, WorkingDayCounter workingDays) {
        this.engine = new ScoringEngine(rubric, workingDays);
        for (Part p : rubric.parts()) {
            scopes.put(p.name(), p.scope());
        }
    }

    @Override
    public ScoreSnapshot score(CampaignInfo campaign, UnitInfo unit, List<FindingRecord> findings) {
        return snapshot(session(campaign, unit, findings).result());
    }

    /** The engine's live session: an edit re-scores only the item (of the one website) it concerns. */
    @Override
    public Live open(CampaignInfo campaign, UnitInfo unit, List<FindingRecord> findings) {
        return new EngineLive(this, campaign, unit, findings);
    }

    org.inspectorbench.scoring.UnitScorer session(CampaignInfo campaign, UnitInfo unit, List<FindingRecord> findings) {
        SessionOutcome outcome = engine.open(findingsOf(unit, findings), campaign.monitoringDate());
        return outcome.session().orElseThrow(() -> new IllegalStateException(
                "单位 " + unit.name() + " 无法评分: " + outcome.problems()));
    }

    /** Where the engine keeps a finding: its part's scope (and website); null for a 单项否决. */
    FindingPlace place(FindingRecord f) {
        if (f.veto()) {
            return null;
        }
        return switch (scopeOf(f)) {
            case WEBSITE -> f.site() == null ? null : FindingPlace.website(f.site());
            case NEW_MEDIA -> FindingPlace.newMedia();
            case UNIT -> FindingPlace.unit();
        };
    }

    static FindingInput input(FindingRecord f) {
        return new FindingInput(f.id(), f.item(), f.rule(), f.count(), f.value(), f.note(), f.account(), null);
    }

    private Part.Scope scopeOf(FindingRecord f) {
        return scopes.getOrDefault(f.item().substring(0, Math.max(0, f.item().indexOf('/'))), Part.Scope.UNIT);
    }

    /** The engine's findings format; which part a finding belongs to follows from its item path. */
    UnitFindings findingsOf(UnitInfo unit, List<FindingRecord> findings) {
        List<FindingInput> unitFindings = new ArrayList<>();
        List<FindingInput> mediaFindings = new ArrayList<>();
        List<VetoInput> mediaVetoes = new ArrayList<>();
        Map<String, List<FindingInput>> siteFindings = new LinkedHashMap<>();
        Map<String, List<VetoInput>> siteVetoes = new LinkedHashMap<>();
        for (String site : unit.websites()) {
            siteFindings.put(site, new ArrayList<>());
            siteVetoes.put(site, new ArrayList<>());
        }
        for (FindingRecord f : findings) {
            Part.Scope scope = scopeOf(f);
            if (f.veto()) {
                VetoInput v = new VetoInput(f.item(), f.rule(), f.note());
                if (scope == Part.Scope.WEBSITE && siteVetoes.containsKey(f.site())) {
                    siteVetoes.get(f.site()).add(v);
                } else if (scope != Part.Scope.WEBSITE) {
                    mediaVetoes.add(v);
                }
                continue;
            }
            FindingInput in = input(f);
            switch (scope) {
                case WEBSITE -> {
                    if (siteFindings.containsKey(f.site())) {
                        siteFindings.get(f.site()).add(in);
                    }
                }
                case NEW_MEDIA -> mediaFindings.add(in);
                case UNIT -> unitFindings.add(in);
            }
        }
        List<WebsiteFindings> sites = new ArrayList<>();
        siteFindings.forEach((site, list) -> sites.add(new WebsiteFindings(site, list, siteVetoes.get(site))));
        return new UnitFindings(unit.name(), unit.kind(), unit.tags(), unitFindings, sites,
                new NewMediaFindings(mediaFindings, mediaVetoes));
    }

    static ScoreSnapshot snapshot(UnitResult r) {
        List<ScoreSnapshot.PartScore> parts = new ArrayList<>();
        List<ScoreSnapshot.VerdictLine> verdicts = new ArrayList<>();
        for (PartResult p : r.parts()) {
            parts.add(new ScoreSnapshot.PartScore(p.name(), p.score(), p.max()));
            if (!p.judged()) {
                continue;
            }
            if (p.sites().size() > 1) {
                for (SiteResult s : p.sites()) {
                    verdicts.add(new ScoreSnapshot.VerdictLine(p.name(), p.name() + " · " + s.site(), s.pass(),
                            s.score(), s.reasons()));
                }
            } else {
                verdicts.add(new ScoreSnapshot.VerdictLine(p.name(), p.name(), p.pass(), p.score(), p.reasons()));
            }
        }
        Map<String, java.math.BigDecimal> items = new LinkedHashMap<>();
        Set<String> notApplicable = new HashSet<>();
        for (ItemResult i : r.items()) {
            items.put(ScoreSnapshot.itemKey(i.site(), i.item()), i.score());
            if (!i.applicable()) {
                notApplicable.add(i.item());
            }
        }
        return new ScoreSnapshot(r.total(), r.tier(), r.performancePercent(), r.vetoed(), parts, verdicts,
                r.bonusCounted(), r.bonusNote(), items, notApplicable);
    }
}
