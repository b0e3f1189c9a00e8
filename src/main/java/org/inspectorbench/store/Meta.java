package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/** The workspace's own settings (table meta): its id, who works in it, the clock's last stamp. */
final class Meta {

    static final String WORKSPACE_ID = "workspace_id";
    static final String CREATED_AT = "created_at";
    static final String CREATED_WITH = "created_with";
    static final String CURRENT_AUTHOR = "current_author";
    static final String LAST_REVISION = "last_revision";

    private Meta() {
    }

    static Optional<String> get(Connection c, String key) throws SQLException {
        return Sql.one(c, "SELECT value FROM meta WHERE key = ?", rs -> rs.getString(1), key);
    }

    static void put(Connection c, String key, String value) throws SQLException {
        Sql.update(c, "INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }
}
