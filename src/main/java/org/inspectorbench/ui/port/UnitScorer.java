package org.inspectorbench.ui.port;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Scores one unit from its findings. Pure and fast (microseconds): may run on the FX thread. */
public interface UnitScorer {

    ScoreSnapshot score(CampaignInfo campaign, UnitInfo unit, List<FindingRecord> findings);

    /**
     * A live score of the unit being edited: each edit re-scores what it changes. The default
     * re-scores the whole unit per edit; the engine's adapter re-scores only the edited item.
     */
    default Live open(CampaignInfo campaign, UnitInfo unit, List<FindingRecord> findings) {
        Map<String, FindingRecord> byId = new LinkedHashMap<>();
        findings.forEach(f -> byId.put(f.id(), f));
        return new Live() {
            private ScoreSnapshot score = UnitScorer.this.score(campaign, unit, List.copyOf(byId.values()));

            @Override
            public ScoreSnapshot score() {
                return score;
            }

            @Override
            public ScoreSnapshot put(FindingRecord finding) {
                byId.put(finding.id(), finding);
                score = UnitScorer.this.score(campaign, unit, List.copyOf(byId.values()));
                return score;
            }

            @Override
            public ScoreSnapshot remove(FindingRecord finding) {
                byId.remove(finding.id());
                score = UnitScorer.this.score(campaign, unit, List.copyOf(byId.values()));
                return score;
            }
        };
    }

    /** One unit's score kept up to date edit by edit; findings are identified by id. Single-threaded. */
    interface Live {

        ScoreSnapshot score();

        /** Adds the finding or replaces the one with its id; returns the new score. */
        ScoreSnapshot put(FindingRecord finding);

        ScoreSnapshot remove(FindingRecord finding);
    }
}
