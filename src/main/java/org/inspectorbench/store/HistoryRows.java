package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** Reading the history; writing is {@link Action#log} only. */
final class HistoryRows {

    private static final String SELECT = "SELECT h.id, h.group_id, h.at, h.author, h.action, h.label, h.entity,"
            + " h.entity_id, u.name AS unit_name, h.before_json, h.after_json, h.undoes FROM history h"
            + " LEFT JOIN unit u ON u.id = h.unit_id";

    private HistoryRows() {
    }

    static List<HistoryEntry> ofUnit(Connection c, String unit) throws SQLException {
        return Sql.list(c, SELECT + " WHERE u.name = ? ORDER BY h.id", HistoryRows::map, unit);
    }

    static List<HistoryEntry> all(Connection c) throws SQLException {
        return Sql.list(c, SELECT + " ORDER BY h.id", HistoryRows::map);
    }

    static List<HistoryEntry> group(Connection c, String groupId) throws SQLException {
        return Sql.list(c, SELECT + " WHERE h.group_id = ? ORDER BY h.id", HistoryRows::map, groupId);
    }

    private static HistoryEntry map(ResultSet rs) throws SQLException {
        return new HistoryEntry(rs.getLong("id"), rs.getString("group_id"), Instant.parse(rs.getString("at")),
                rs.getString("author"), rs.getString("action"), rs.getString("label"), rs.getString("entity"),
                rs.getString("entity_id"), rs.getString("unit_name"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("undoes"));
    }
}
