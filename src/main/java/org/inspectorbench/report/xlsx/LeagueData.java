package org.inspectorbench.report.xlsx;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.store.MaterialCatalog;
import org.inspectorbench.store.MaterialStatus;
import org.inspectorbench.store.UnitProgress;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the league-table workbook shows, read and scored beforehand: the workbook writer
 * neither reads the workspace nor scores.
 *
 * @param results          every unit's scorecard, in campaign order
 * @param inspectors       unit name to the names of its inspectors ("张三、李四")
 * @param materialStatuses unit name to its materials in list order (empty map: no list)
 * @param progress         every unit's inspection progress, in campaign order
 * @param conflicts        open merge conflicts between bundles; null when the data has no conflict records
 */
public record LeagueData(
        String campaign,
        LocalDate monitoringDate,
        LocalDate evidenceDeadline,
        Rubric rubric,
        List<UnitResult> results,
        Map<String, String> inspectors,
        MaterialCatalog materials,
        Map<String, List<MaterialStatus>> materialStatuses,
        List<UnitProgress> progress,
        List<ConflictLine> conflicts) {
}
