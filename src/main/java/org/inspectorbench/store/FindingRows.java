package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of the finding table. Findings are never removed: deleting writes a tombstone. */
final class FindingRows {

    private static final String SELECT = "SELECT f.id, u.name AS unit_name, w.name AS site_name,"
            + " a.name AS account_name, f.kind, f.item, f.rule, f.count, f.value, f.note, f.author, f.created_at,"
            + " f.updated_at, f.revision, f.parent_revision, f.deleted FROM finding f JOIN unit u ON u.id = f.unit_id"
            + " LEFT JOIN website w ON w.id = f.website_id LEFT JOIN account a ON a.id = f.account_id";

    private FindingRows() {
    }

    static Optional<Finding> get(Connection c, String id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE f.id = ?", FindingRows::map, id);
    }

    static List<Finding> ofUnit(Connection c, String unit, boolean withTombstones) throws SQLException {
        return Sql.list(c, SELECT + " WHERE u.name = ?" + (withTombstones ? "" : " AND f.deleted = 0")
                + " ORDER BY f.seq", FindingRows::map, unit);
    }

    static List<Finding> all(Connection c, boolean withTombstones) throws SQLException {
        return Sql.list(c, SELECT + (withTombstones ? "" : " WHERE f.deleted = 0") + " ORDER BY u.position, f.seq",
                FindingRows::map);
    }

    static long unitIdOf(Connection c, String findingId) throws SQLException {
        return Sql.one(c, "SELECT unit_id FROM finding WHERE id = ?", rs -> rs.getLong(1), findingId)
                .orElseThrow(() -> new SQLException("no finding " + findingId));
    }

    /** Inserts a new finding or overwrites a stored one with {@code f} (a new version of it). */
    static void write(Connection c, Finding f) throws SQLException {
        write(c, f, new CampaignIds(c));
    }

    /**
     * {@link #write(Connection, Finding)} with the action's id lookups. One upsert: a new finding gets
     * the next {@code seq} (file order), a stored one keeps its {@code seq} and {@code created_at}.
     */
    static void write(Connection c, Finding f, CampaignIds ids) throws SQLException {
        long unitId = ids.unit(f.unit()).orElseThrow(() -> new SQLException("no unit " + f.unit()));
        Long siteId = f.site() == null ? null : ids.website(unitId, f.site())
                .orElseThrow(() -> new SQLException("no website " + f.site() + " of " + f.unit()));
        Long accountId = f.account() == null ? null : ids.account(unitId, f.account())
                .orElseThrow(() -> new SQLException("no account " + f.account() + " of " + f.unit()));
        Sql.update(c, "INSERT INTO finding (id, unit_id, website_id, account_id, kind, item, rule, count, value,"
                        + " note, author, created_at, updated_at, revision, parent_revision, deleted, seq)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                        + " (SELECT coalesce(max(seq), 0) + 1 FROM finding))"
                        + " ON CONFLICT (id) DO UPDATE SET unit_id = excluded.unit_id, website_id = excluded.website_id,"
                        + " account_id = excluded.account_id, kind = excluded.kind, item = excluded.item,"
                        + " rule = excluded.rule, count = excluded.count, value = excluded.value, note = excluded.note,"
                        + " author = excluded.author, updated_at = excluded.updated_at, revision = excluded.revision,"
                        + " parent_revision = excluded.parent_revision, deleted = excluded.deleted",
                f.id(), unitId, siteId, accountId, f.kind().name(), f.item(), f.rule(), f.count(), f.value(),
                f.note(), f.author(), f.createdAt(), f.updatedAt(), f.revision(), f.parent(), f.deleted());
        ids.findingWritten(f.id(), unitId);
    }

    /** The ids of every stored finding, tombstones included. */
    static java.util.Set<String> ids(Connection c) throws SQLException {
        return new java.util.HashSet<>(Sql.list(c, "SELECT id FROM finding", rs -> rs.getString(1)));
    }

    private static Finding map(ResultSet rs) throws SQLException {
        return new Finding(rs.getString("id"), rs.getString("unit_name"), rs.getString("site_name"),
                rs.getString("account_name"), Finding.Kind.valueOf(rs.getString("kind")), rs.getString("item"),
                rs.getString("rule"), Sql.intOrNull(rs, "count"), rs.getString("value"), rs.getString("note"),
                rs.getString("author"), Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")), Revision.parse(rs.getString("revision")),
                Revision.parseOrNull(rs.getString("parent_revision")), rs.getInt("deleted") != 0);
    }
}
