package org.inspectorbench.ui.adapter;

import org.inspectorbench.scoring.EditOutcome;
import org.inspectorbench.scoring.FindingPlace;
import org.inspectorbench.ui.port.CampaignInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.UnitScorer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The unit being edited, on the engine's incremental session: a finding's edit re-scores its item
 * only (microseconds). What the session refuses, and every 单项否决 edit, re-opens the unit from its
 * findings, so the result is always the one a full scoring gives (the session is lenient the same way).
 */
final class EngineLive implements UnitScorer.Live {

    private final EngineScorer scorer;
    private final CampaignInfo campaign;
    private final UnitInfo unit;
    private final Map<String, FindingRecord> findings = new LinkedHashMap<>();
    private org.inspectorbench.scoring.UnitScorer session;
    private ScoreSnapshot score;

    EngineLive(EngineScorer scorer, CampaignInfo campaign, UnitInfo unit, List<FindingRecord> stored) {
        this.scorer = scorer;
        this.campaign = campaign;
        this.unit = unit;
        stored.forEach(f -> findings.put(f.id(), f));
        reopen();
    }

    @Override
    public ScoreSnapshot score() {
        return score;
    }

    @Override
    public ScoreSnapshot put(FindingRecord finding) {
        FindingRecord old = findings.put(finding.id(), finding);
        FindingPlace place = scorer.place(finding);
        if (place == null || (old != null && old.veto())) {
            return reopen();
        }
        return edited(session.put(place, EngineScorer.input(finding)));
    }

    @Override
    public ScoreSnapshot remove(FindingRecord finding) {
        FindingRecord old = findings.remove(finding.id());
        if (old == null) {
            return score;
        }
        if (old.veto()) {
            return reopen();
        }
        return edited(session.remove(old.id()));
    }

    private ScoreSnapshot edited(EditOutcome outcome) {
        if (!outcome.accepted()) {
            // Refused live (a website the unit lacks, a finding the load left out): score as a whole.
            return reopen();
        }
        score = EngineScorer.snapshot(outcome.result());
        return score;
    }

    private ScoreSnapshot reopen() {
        session = scorer.session(campaign, unit, new ArrayList<>(findings.values()));
        score = EngineScorer.snapshot(session.result());
        return score;
    }
}
