package org.inspectorbench.ui.dashboard;

import java.math.BigDecimal;

/**
 * One line of the dashboard's ranked table.
 *
 * @param verdicts   the part verdicts, e.g. "政府网站 合格 · 政务新媒体 不合格"
 * @param inspectors the names of the unit's inspectors
 * @param progress   the unit's inspection state
 */
public record LeagueRow(int rank, String unit, String kind, BigDecimal total, String tier, boolean vetoed,
                        String verdicts, String inspectors, UnitState progress) {

    /** How far a unit's inspection is. */
    public enum UnitState { NOT_STARTED, IN_PROGRESS, DONE }
}
