package org.inspectorbench.report.xlsx;

import org.inspectorbench.bundle.Conflict;
import org.inspectorbench.bundle.ConflictSide;
import org.inspectorbench.bundle.Conflicts;
import org.inspectorbench.bundle.FieldDifference;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.InputProblem;
import org.inspectorbench.scoring.ScoreOutcome;
import org.inspectorbench.scoring.ScoringEngine;
import org.inspectorbench.scoring.WorkingDayCounter;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceMaterials;
import org.inspectorbench.store.WorkspaceProgress;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads a workspace and scores it into {@link LeagueData}: the same findings export and the same
 * engine as {@code inspector score}, so the workbook's numbers are the scorecards' numbers.
 */
public final class WorkspaceLeague {

    private WorkspaceLeague() {
    }

    public static LeagueData read(Workspace ws, WorkingDayCounter workingDays) {
        FindingsInput input = ws.toFindingsInput();
        ScoreOutcome outcome = new ScoringEngine(ws.rubric(), workingDays).score(input);
        if (!outcome.ok()) {
            throw new LeagueInputException("工作区的检查记录无法评分 (the workspace's findings cannot be scored): "
                    + outcome.problems().stream().map(InputProblem::describe).collect(Collectors.joining("; ")));
        }
        Map<String, String> names = ws.inspectors().stream()
                .collect(Collectors.toMap(Inspector::id, Inspector::name, (a, b) -> a));
        Map<String, String> inspectors = new LinkedHashMap<>();
        for (Unit u : ws.units()) {
            inspectors.put(u.name(), u.inspectors().stream().map(id -> names.getOrDefault(id, id))
                    .collect(Collectors.joining("、")));
        }
        WorkspaceMaterials materials = WorkspaceMaterials.of(ws);
        return new LeagueData(ws.campaign().name(), ws.campaign().monitoringDate(), ws.campaign().evidenceDeadline(),
                ws.rubric(), outcome.units(), inspectors, materials.catalog(), materials.all(),
                WorkspaceProgress.of(ws).units(), conflicts(ws));
    }

    /** Open merge conflicts between inspectors' bundles: id and record, who edited it, what differs. */
    static List<ConflictLine> conflicts(Workspace ws) {
        List<ConflictLine> out = new ArrayList<>();
        for (Conflict c : Conflicts.list(ws)) {
            String who = c.sides().stream().map(ConflictSide::authorName).collect(Collectors.joining(" / "));
            String fields = c.differences().stream().map(FieldDifference::field).collect(Collectors.joining("、"));
            out.add(new ConflictLine(c.unit() == null ? "" : c.unit(), c.id() + " " + c.key().kind() + " " + c.key().recordId(),
                    who + (fields.isEmpty() ? "" : ": " + fields)));
        }
        return out;
    }
}
