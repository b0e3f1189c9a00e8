package org.inspectorbench.ui.dashboard;

import org.inspectorbench.rubric.Tier;
import org.inspectorbench.scoring.PartResult;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.scoring.WorkingDayCounter;
import org.inspectorbench.report.xlsx.LeagueData;
import org.inspectorbench.report.xlsx.LeagueRanking;
import org.inspectorbench.report.ExportProgress;
import org.inspectorbench.report.xlsx.LeagueWorkbook;
import org.inspectorbench.report.xlsx.WorkspaceLeague;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.UnitProgress;
import org.inspectorbench.store.Workspace;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The dashboard over an open workspace: the league of {@code inspector report xlsx} (same scoring,
 * same ranking) and the store's inspection progress.
 */
public final class WorkspaceDashboardSource implements DashboardSource {

    private final Workspace ws;
    private final WorkingDayCounter workingDays;

    public WorkspaceDashboardSource(Workspace ws, WorkingDayCounter workingDays) {
        this.ws = ws;
        this.workingDays = workingDays;
    }

    @Override
    public DashboardData load() {
        LeagueData league = WorkspaceLeague.read(ws, workingDays);
        Map<String, UnitProgress> progress = new LinkedHashMap<>();
        league.progress().forEach(p -> progress.put(p.unit(), p));
        List<LeagueRow> rows = LeagueRanking.rank(league.rubric(), league.results()).stream()
                .map(r -> row(r, league, progress.get(r.unit().unit()))).toList();
        return new DashboardData(league.campaign(), league.rubric().total(),
                league.rubric().tiers().stream().map(Tier::name).toList(), rows, inspectors(league.progress()));
    }

    private static LeagueRow row(LeagueRanking.Ranked r, LeagueData league, UnitProgress p) {
        UnitResult u = r.unit();
        String verdicts = u.parts().stream().filter(PartResult::judged)
                .map(part -> part.name() + " " + part.verdict()).collect(Collectors.joining(" · "));
        LeagueRow.UnitState state = p == null ? LeagueRow.UnitState.NOT_STARTED
                : LeagueRow.UnitState.valueOf(p.state().name());
        return new LeagueRow(r.rank(), u.unit(), u.kind(), u.total(), u.tier(), u.vetoed(), verdicts,
                league.inspectors().getOrDefault(u.unit(), ""), state);
    }

    /** Per inspector (in the campaign's order), their units by state; a unit of two inspectors counts for both. */
    private List<InspectorProgress> inspectors(List<UnitProgress> units) {
        Map<String, String> names = new LinkedHashMap<>();
        for (Inspector i : ws.inspectors()) {
            names.put(i.id(), i.name());
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        names.keySet().forEach(id -> counts.put(id, new int[4]));
        for (UnitProgress p : units) {
            for (String id : p.inspectors()) {
                int[] n = counts.computeIfAbsent(id, k -> new int[4]);
                n[p.state().ordinal()]++;
                n[3] += p.findingsWithoutEvidence();
            }
        }
        return counts.entrySet().stream()
                .map(e -> new InspectorProgress(names.getOrDefault(e.getKey(), e.getKey()), e.getValue()[2],
                        e.getValue()[1], e.getValue()[0], e.getValue()[3]))
                .toList();
    }

    @Override
    public void exportXlsx(Path file, ExportProgress progress) throws Exception {
        progress.update(0, 100, "");
        // Reading and scoring every unit: about a fifth of the work for the sample campaign.
        LeagueData data = WorkspaceLeague.read(ws, workingDays);
        LeagueWorkbook.write(data, file, progress, 20);
    }
}
