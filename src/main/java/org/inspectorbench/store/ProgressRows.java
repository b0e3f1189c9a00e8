package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** SQL of inspection progress: findings and evidence counts per unit, and the completion marks. */
final class ProgressRows {

    record Counts(int findings, int withoutEvidence) {
    }

    record Completion(String by, Instant at) {
    }

    private ProgressRows() {
    }

    /** Live findings per unit name, and how many of them have no live evidence attached. */
    static Map<String, Counts> counts(Connection c) throws SQLException {
        Map<String, Counts> out = new HashMap<>();
        for (Object[] row : Sql.list(c, "SELECT u.name, COUNT(*), SUM(CASE WHEN NOT EXISTS (SELECT 1 FROM"
                        + " finding_evidence l WHERE l.finding_id = f.id AND l.deleted = 0) THEN 1 ELSE 0 END)"
                        + " FROM finding f JOIN unit u ON u.id = f.unit_id WHERE f.deleted = 0 GROUP BY u.name",
                rs -> new Object[] {rs.getString(1), new Counts(rs.getInt(2), rs.getInt(3))})) {
            out.put((String) row[0], (Counts) row[1]);
        }
        return out;
    }

    static Map<String, Completion> completions(Connection c) throws SQLException {
        Map<String, Completion> out = new HashMap<>();
        for (Object[] row : Sql.list(c, "SELECT u.name, k.completed_by, k.completed_at FROM unit_completion k"
                + " JOIN unit u ON u.id = k.unit_id", rs -> new Object[] {rs.getString(1),
                new Completion(rs.getString(2), Instant.parse(rs.getString(3)))})) {
            out.put((String) row[0], (Completion) row[1]);
        }
        return out;
    }

    /** Marks a unit complete; false when it already was. */
    static boolean complete(Connection c, long unitId, String by, Instant at) throws SQLException {
        return Sql.update(c, "INSERT OR IGNORE INTO unit_completion (unit_id, completed_by, completed_at)"
                + " VALUES (?, ?, ?)", unitId, by, at.toString()) > 0;
    }

    /** Takes a completion mark back; false when there was none. */
    static boolean reopen(Connection c, long unitId) throws SQLException {
        return Sql.update(c, "DELETE FROM unit_completion WHERE unit_id = ?", unitId) > 0;
    }
}
