package org.inspectorbench.ui.port;

import java.util.List;

/** Scores one unit from its findings. Pure and fast (microseconds): may run on the FX thread. */
public interface UnitScorer {

    ScoreSnapshot score(CampaignInfo campaign, UnitInfo unit, List<FindingRecord> findings);
}
