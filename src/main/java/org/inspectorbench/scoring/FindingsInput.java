package org.inspectorbench.scoring;

import java.time.LocalDate;
import java.util.List;

/**
 * The findings file of {@code inspector score --findings F.json} (README, "findings format"): the
 * contract between the workspace, bundles, reports and the scoring engine.
 */
public record FindingsInput(LocalDate monitoringDate, List<UnitFindings> units) {
}
