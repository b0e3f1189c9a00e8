package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace's content as sorted text rows, without what only says when or in which order things
 * happened here (row ids, sequence numbers, import times, history, undo stacks): two workspaces that
 * merged the same bundles in different orders must dump the same.
 */
final class CanonicalDump {

    private static final Map<String, String> QUERIES = new LinkedHashMap<>();

    static {
        QUERIES.put("campaign", "SELECT id, name, rubric_sha256, monitoring_date, evidence_deadline FROM campaign");
        QUERIES.put("unit", "SELECT name, kind, tags_json FROM unit");
        QUERIES.put("website", "SELECT u.name, w.name, w.url FROM website w JOIN unit u ON u.id = w.unit_id");
        QUERIES.put("account", "SELECT u.name, a.name, a.platform, a.sample FROM account a JOIN unit u ON u.id = a.unit_id");
        QUERIES.put("inspector", "SELECT id, name FROM inspector");
        QUERIES.put("assignment", "SELECT a.inspector_id, u.name, a.revision, a.deleted FROM assignment a"
                + " JOIN unit u ON u.id = a.unit_id");
        QUERIES.put("finding", "SELECT f.id, u.name, w.name, a.name, f.kind, f.item, f.rule, f.count, f.value, f.note,"
                + " f.author, f.created_at, f.updated_at, f.revision, f.parent_revision, f.deleted FROM finding f"
                + " JOIN unit u ON u.id = f.unit_id LEFT JOIN website w ON w.id = f.website_id"
                + " LEFT JOIN account a ON a.id = f.account_id");
        QUERIES.put("finding_evidence", "SELECT finding_id, sha256, position, author, added_at, revision,"
                + " parent_revision, deleted FROM finding_evidence");
        QUERIES.put("evidence", "SELECT e.sha256, e.format, e.width, e.height, e.byte_size, e.original_name,"
                + " e.source_url, e.captured_at, e.added_at, e.added_by, length(b.bytes) FROM evidence e"
                + " JOIN evidence_blob b USING (sha256)");
        QUERIES.put("annotation", "SELECT id, finding_id, sha256, shapes_json, author, created_at, updated_at, revision,"
                + " parent_revision, deleted FROM annotation");
        QUERIES.put("sampling_draw", "SELECT d.id, u.name, d.item, d.rule, d.finding_id, d.draw_json, d.author,"
                + " d.created_at, d.updated_at, d.revision, d.parent_revision, d.deleted FROM sampling_draw d"
                + " JOIN unit u ON u.id = d.unit_id");
        QUERIES.put("record_version", "SELECT kind, record_id, revision, parents_json, unit, deleted, state_json"
                + " FROM record_version");
        QUERIES.put("record_head", "SELECT kind, record_id, revision FROM record_head");
        QUERIES.put("record_version_bundle", "SELECT kind, record_id, revision, bundle_id FROM record_version_bundle");
        QUERIES.put("bundle_received", "SELECT bundle_id, kind, seq, author_id, author_name, certificate_sha256,"
                + " created_at FROM bundle_received");
    }

    private CanonicalDump() {
    }

    static Map<String, List<String>> of(Connection c) throws SQLException {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> q : QUERIES.entrySet()) {
            List<String> rows = new ArrayList<>(Sql.list(c, q.getValue(), CanonicalDump::row));
            rows.sort(null);
            out.put(q.getKey(), rows);
        }
        return out;
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData md = rs.getMetaData();
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= md.getColumnCount(); i++) {
            Object v = rs.getObject(i);
            b.append(i == 1 ? "" : " | ").append(v instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : v);
        }
        return b.toString();
    }
}
