package org.inspectorbench.report.xlsx;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.ScoreOutcome;
import org.inspectorbench.scoring.ScoringEngine;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.scoring.WorkingDayCounter;
import org.inspectorbench.store.Material;
import org.inspectorbench.store.MaterialCatalog;
import org.inspectorbench.store.MaterialStatus;
import org.inspectorbench.store.UnitProgress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A made-up campaign of any size for the league-table benchmark: {@link SyntheticFindings} scored
 * by the real engine, with made-up material receipts and progress. Nothing here is real data.
 */
public final class SyntheticLeague {

    private SyntheticLeague() {
    }

    public static LeagueData build(String campaign, Rubric rubric, List<SyntheticFindings.UnitShape> units,
                                   MaterialCatalog materials, LocalDate monitoringDate, LocalDate deadline,
                                   WorkingDayCounter workingDays, long seed) {
        FindingsInput input = SyntheticFindings.findings(rubric, units, monitoringDate, seed);
        ScoreOutcome outcome = new ScoringEngine(rubric, workingDays).score(input);
        if (!outcome.ok()) {
            throw new IllegalStateException("synthetic findings do not fit the rubric: " + outcome.problems());
        }
        SplittableRandom random = new SplittableRandom(seed + 1);
        Map<String, String> inspectors = new LinkedHashMap<>();
        Map<String, List<MaterialStatus>> statuses = new LinkedHashMap<>();
        List<UnitProgress> progress = new ArrayList<>();
        String[] names = {"张三", "李四", "王五"};
        for (int i = 0; i < units.size(); i++) {
            SyntheticFindings.UnitShape u = units.get(i);
            UnitResult r = outcome.units().get(i);
            inspectors.put(u.name(), names[i % names.length]);
            List<MaterialStatus> list = new ArrayList<>();
            for (Material m : materials.materials()) {
                int roll = random.nextInt(10);
                LocalDate on = roll < 7 ? deadline.minusDays(random.nextInt(20)) : roll < 9 ? deadline.plusDays(1 + random.nextInt(5)) : null;
                list.add(new MaterialStatus(u.name(), m, MaterialStatus.stateOf(m.appliesTo(u.kind(), u.tags()), on, deadline),
                        on, List.of(), null));
            }
            statuses.put(u.name(), list);
            int findings = (int) r.items().stream().filter(x -> !x.rules().isEmpty()).count();
            UnitProgress.State state = UnitProgress.State.values()[random.nextInt(3)];
            progress.add(new UnitProgress(u.name(), u.kind(), List.of(names[i % names.length]), state,
                    state == UnitProgress.State.NOT_STARTED ? 0 : findings, random.nextInt(3), null, null));
        }
        return new LeagueData(campaign, monitoringDate, deadline, rubric, outcome.units(), inspectors, materials,
                statuses, progress, null);
    }
}
