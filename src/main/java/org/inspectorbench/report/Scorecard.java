package org.inspectorbench.report;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.UnitResult;

import java.util.List;

/**
 * Everything one unit's scorecard PDF shows: read from the workspace and scored, before layout.
 *
 * @param vetoNotes the inspectors' notes on the 单项否决 that hold ("政府网站/首页不更新: note")
 * @param evidence  the appendix, empty for {@link EvidenceMode#NONE}
 */
public record Scorecard(ScorecardHeader header, Rubric rubric, UnitResult result, List<String> vetoNotes,
                        EvidenceMode evidenceMode, List<EvidenceEntry> evidence) {

    public Scorecard {
        vetoNotes = List.copyOf(vetoNotes);
        evidence = List.copyOf(evidence);
    }
}
