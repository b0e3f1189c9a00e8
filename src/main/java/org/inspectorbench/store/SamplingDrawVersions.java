package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Sampling draws as versioned records, and their SQL. */
final class SamplingDrawVersions extends Versioned<SamplingDraw> {

    static final SamplingDrawVersions INSTANCE = new SamplingDrawVersions();

    private static final String SELECT = "SELECT d.*, u.name AS unit_name, w.name AS site_name, a.name AS account_name"
            + " FROM sampling_draw d JOIN unit u ON u.id = d.unit_id LEFT JOIN website w ON w.id = d.website_id"
            + " LEFT JOIN account a ON a.id = d.account_id";

    @Override
    String entity() {
        return "sampling_draw";
    }

    @Override
    Class<SamplingDraw> type() {
        return SamplingDraw.class;
    }

    @Override
    String id(SamplingDraw d) {
        return d.id();
    }

    @Override
    Revision revision(SamplingDraw d) {
        return d.revision();
    }

    @Override
    boolean sameContent(SamplingDraw a, SamplingDraw b) {
        return a.drawJson().equals(b.drawJson()) && java.util.Objects.equals(a.findingId(), b.findingId())
                && a.deleted() == b.deleted();
    }

    @Override
    Optional<SamplingDraw> load(Connection c, String id) throws SQLException {
        return Sql.one(c, SELECT + " WHERE d.id = ?", SamplingDrawVersions::map, id);
    }

    static List<SamplingDraw> ofUnit(Connection c, String unit) throws SQLException {
        return Sql.list(c, SELECT + " WHERE u.name = ? AND d.deleted = 0 ORDER BY d.item, d.rule, d.created_at",
                SamplingDrawVersions::map, unit);
    }

    @Override
    Long unitId(Connection c, SamplingDraw d) throws SQLException {
        return CampaignRows.unitId(c, d.unit()).orElse(null);
    }

    @Override
    void store(Connection c, SamplingDraw d) throws SQLException {
        long unitId = CampaignRows.unitId(c, d.unit()).orElseThrow(() -> new SQLException("no unit " + d.unit()));
        Long siteId = d.site() == null ? null : CampaignRows.websiteId(c, unitId, d.site()).orElse(null);
        Long accountId = d.account() == null ? null : CampaignRows.accountId(c, unitId, d.account()).orElse(null);
        Sql.update(c, "INSERT INTO sampling_draw (id, unit_id, website_id, account_id, item, rule, finding_id, draw_json,"
                        + " author, created_at, updated_at, revision, parent_revision, deleted)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        + " finding_id = excluded.finding_id, draw_json = excluded.draw_json, author = excluded.author,"
                        + " updated_at = excluded.updated_at, revision = excluded.revision,"
                        + " parent_revision = excluded.parent_revision, deleted = excluded.deleted",
                d.id(), unitId, siteId, accountId, d.item(), d.rule(), d.findingId(), d.drawJson(), d.author(),
                d.createdAt(), d.updatedAt(), d.revision(), d.parent(), d.deleted());
    }

    @Override
    SamplingDraw restored(SamplingDraw current, SamplingDraw target, Action a) {
        SamplingDraw t = target == null ? current : target;
        return new SamplingDraw(current.id(), current.unit(), current.site(), current.account(), current.item(),
                current.rule(), t.findingId(), t.drawJson(), a.author, current.createdAt(), a.at, a.newRevision(),
                current.revision(), target == null || target.deleted());
    }

    SamplingDraw put(Action a, SamplingDraw current, SamplingDraw draft) throws SQLException {
        return save(a, current, new SamplingDraw(draft.id(), draft.unit(), draft.site(), draft.account(), draft.item(),
                draft.rule(), draft.findingId(), draft.drawJson(), a.author,
                current == null ? a.at : current.createdAt(), a.at, a.newRevision(),
                current == null ? null : current.revision(), false));
    }

    private static SamplingDraw map(ResultSet rs) throws SQLException {
        return new SamplingDraw(rs.getString("id"), rs.getString("unit_name"), rs.getString("site_name"),
                rs.getString("account_name"), rs.getString("item"), rs.getString("rule"), rs.getString("finding_id"),
                rs.getString("draw_json"), rs.getString("author"), Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")), Revision.parse(rs.getString("revision")),
                Revision.parseOrNull(rs.getString("parent_revision")), rs.getInt("deleted") != 0);
    }
}
