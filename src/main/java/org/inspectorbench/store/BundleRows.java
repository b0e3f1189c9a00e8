package org.inspectorbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import org.inspectorbench.json.Json;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SQL of the version tables of schema version 4 (record_version, record_head, bundles). */
final class BundleRows {

    private static final String VERSION_COLUMNS = "kind, record_id, revision, parents_json, unit, deleted, state_json";

    /** The current rows of each kind whose revision is not yet a known version: edits made here since. */
    private static final Map<RecordKind, String> UNSYNCED = Map.of(
            RecordKind.FINDING, "SELECT f.id FROM finding f WHERE NOT EXISTS (SELECT 1 FROM record_version v"
                    + " WHERE v.kind = 'finding' AND v.record_id = f.id AND v.revision = f.revision) ORDER BY f.seq",
            RecordKind.EVIDENCE_LINK, "SELECT l.finding_id || '/' || l.sha256 FROM finding_evidence l WHERE NOT EXISTS"
                    + " (SELECT 1 FROM record_version v WHERE v.kind = 'evidence_link'"
                    + " AND v.record_id = l.finding_id || '/' || l.sha256 AND v.revision = l.revision)",
            RecordKind.ANNOTATION, "SELECT x.id FROM annotation x WHERE NOT EXISTS (SELECT 1 FROM record_version v"
                    + " WHERE v.kind = 'annotation' AND v.record_id = x.id AND v.revision = x.revision)",
            RecordKind.SAMPLING_DRAW, "SELECT d.id FROM sampling_draw d WHERE NOT EXISTS (SELECT 1 FROM record_version v"
                    + " WHERE v.kind = 'sampling_draw' AND v.record_id = d.id AND v.revision = d.revision)",
            RecordKind.ASSIGNMENT, "SELECT a.inspector_id || '/' || u.name FROM assignment a JOIN unit u ON u.id = a.unit_id"
                    + " WHERE NOT EXISTS (SELECT 1 FROM record_version v WHERE v.kind = 'assignment'"
                    + " AND v.record_id = a.inspector_id || '/' || u.name AND v.revision = a.revision)");

    private BundleRows() {
    }

    static List<String> unsyncedIds(Connection c, RecordKind kind) throws SQLException {
        return Sql.list(c, UNSYNCED.get(kind), rs -> rs.getString(1));
    }

    static boolean insertVersion(Connection c, RecordVersion v) throws SQLException {
        return Sql.update(c, "INSERT INTO record_version (" + VERSION_COLUMNS + ", author) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (kind, record_id, revision) DO NOTHING",
                v.kind().entity(), v.recordId(), v.revision(), revisionsJson(v.parents()), v.unit(), v.deleted(),
                v.stateJson(), v.author()) > 0;
    }

    static List<RecordVersion> versions(Connection c, RecordVersion.Key key) throws SQLException {
        return Sql.list(c, "SELECT " + VERSION_COLUMNS + " FROM record_version WHERE kind = ? AND record_id = ?"
                + " ORDER BY revision", BundleRows::version, key.kind().entity(), key.recordId());
    }

    static List<RecordVersion> allVersions(Connection c) throws SQLException {
        return Sql.list(c, "SELECT " + VERSION_COLUMNS + " FROM record_version ORDER BY kind, record_id, revision",
                BundleRows::version);
    }

    static long lastSeq(Connection c) throws SQLException {
        return Sql.count(c, "SELECT coalesce(max(seq), 0) FROM record_version");
    }

    static Set<RecordVersion.Key> keysAfter(Connection c, long seq, boolean madeHere) throws SQLException {
        return new TreeSet<>(Sql.list(c, "SELECT DISTINCT kind, record_id FROM record_version v WHERE seq > ?"
                        + (madeHere ? " AND NOT EXISTS (SELECT 1 FROM record_version_bundle p WHERE p.kind = v.kind"
                        + " AND p.record_id = v.record_id AND p.revision = v.revision)" : ""),
                rs -> new RecordVersion.Key(kind(rs.getString(1)), rs.getString(2)), seq));
    }

    static List<Revision> heads(Connection c, RecordVersion.Key key) throws SQLException {
        return Sql.list(c, "SELECT revision FROM record_head WHERE kind = ? AND record_id = ? ORDER BY revision DESC",
                rs -> Revision.parse(rs.getString(1)), key.kind().entity(), key.recordId());
    }

    static void setHeads(Connection c, RecordVersion.Key key, Collection<Revision> heads) throws SQLException {
        Sql.update(c, "DELETE FROM record_head WHERE kind = ? AND record_id = ?", key.kind().entity(), key.recordId());
        for (Revision r : heads) {
            Sql.update(c, "INSERT INTO record_head (kind, record_id, revision) VALUES (?, ?, ?)",
                    key.kind().entity(), key.recordId(), r);
        }
    }

    /** Records with more than one head, each with its heads (newest first). */
    static Map<RecordVersion.Key, List<Revision>> multiHeaded(Connection c) throws SQLException {
        Map<RecordVersion.Key, List<Revision>> out = new LinkedHashMap<>();
        for (String[] row : Sql.list(c, "SELECT h.kind, h.record_id, h.revision FROM record_head h JOIN"
                        + " (SELECT kind, record_id FROM record_head GROUP BY kind, record_id HAVING count(*) > 1) m"
                        + " USING (kind, record_id) ORDER BY h.kind, h.record_id, h.revision DESC",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            out.computeIfAbsent(new RecordVersion.Key(kind(row[0]), row[1]), k -> new ArrayList<>())
                    .add(Revision.parse(row[2]));
        }
        return out;
    }

    static void addProvenance(Connection c, RecordVersion.Key key, Revision revision, String bundleId)
            throws SQLException {
        Sql.update(c, "INSERT INTO record_version_bundle (kind, record_id, revision, bundle_id) VALUES (?, ?, ?, ?)"
                + " ON CONFLICT DO NOTHING", key.kind().entity(), key.recordId(), revision, bundleId);
    }

    static Map<Revision, List<String>> provenance(Connection c, RecordVersion.Key key) throws SQLException {
        Map<Revision, List<String>> out = new LinkedHashMap<>();
        for (String[] row : Sql.list(c, "SELECT p.revision, p.bundle_id FROM record_version_bundle p"
                        + " LEFT JOIN bundle_received b USING (bundle_id) WHERE p.kind = ? AND p.record_id = ?"
                        + " ORDER BY p.revision, b.imported_at, p.bundle_id",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, key.kind().entity(), key.recordId())) {
            out.computeIfAbsent(Revision.parse(row[0]), k -> new ArrayList<>()).add(row[1]);
        }
        return out;
    }

    static void insertReceived(Connection c, BundleTx.Received r) throws SQLException {
        Sql.update(c, "INSERT INTO bundle_received (bundle_id, kind, seq, author_id, author_name, certificate_sha256,"
                        + " created_at, imported_at, file_name, summary_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (bundle_id) DO NOTHING",
                r.bundleId(), r.kind(), r.seq(), r.authorId(), r.authorName(), r.certificateSha256(), r.createdAt(),
                r.importedAt(), r.fileName(), r.summaryJson());
    }

    static List<BundleTx.Received> received(Connection c) throws SQLException {
        return Sql.list(c, "SELECT * FROM bundle_received ORDER BY imported_at, bundle_id", rs -> new BundleTx.Received(
                rs.getString("bundle_id"), rs.getString("kind"), rs.getLong("seq"), rs.getString("author_id"),
                rs.getString("author_name"), rs.getString("certificate_sha256"), rs.getString("created_at"),
                rs.getString("imported_at"), rs.getString("file_name"), rs.getString("summary_json")));
    }

    static void insertExported(Connection c, BundleTx.Exported e) throws SQLException {
        Sql.update(c, "INSERT INTO bundle_exported (bundle_id, kind, seq, created_at, since_seq, up_to_seq, file_name)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)", e.bundleId(), e.kind(), e.seq(), e.createdAt(), e.sinceSeq(),
                e.upToSeq(), e.fileName());
    }

    static Optional<BundleTx.Exported> lastExported(Connection c, String kind) throws SQLException {
        return Sql.one(c, "SELECT * FROM bundle_exported WHERE kind = ? ORDER BY seq DESC LIMIT 1",
                rs -> new BundleTx.Exported(rs.getString("bundle_id"), rs.getString("kind"), rs.getLong("seq"),
                        rs.getString("created_at"), rs.getLong("since_seq"), rs.getLong("up_to_seq"),
                        rs.getString("file_name")), kind);
    }

    static long nextExportSeq(Connection c) throws SQLException {
        return Sql.count(c, "SELECT coalesce(max(seq), 0) + 1 FROM bundle_exported");
    }

    /** Stores an image received in a bundle with the metadata it came with, unless already stored. */
    static boolean insertEvidence(Connection c, EvidenceMeta m, byte[] bytes, BundleTx.Thumb thumb)
            throws SQLException {
        if (EvidenceRows.exists(c, m.sha256())) {
            return false;
        }
        Sql.update(c, "INSERT INTO evidence (sha256, format, width, height, byte_size, original_name, source_url,"
                        + " captured_at, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                m.sha256(), m.format(), m.width(), m.height(), m.byteSize(), m.originalName(), m.sourceUrl(),
                m.capturedAt(), m.addedAt(), m.addedBy());
        try (PreparedStatement st = c.prepareStatement("INSERT INTO evidence_blob (sha256, bytes) VALUES (?, ?)")) {
            st.setString(1, m.sha256());
            st.setBytes(2, bytes);
            st.executeUpdate();
        }
        if (thumb != null) {
            Sql.update(c, "INSERT INTO evidence_thumb (sha256, format, width, height, bytes) VALUES (?, ?, ?, ?, ?)",
                    m.sha256(), thumb.format(), thumb.width(), thumb.height(), thumb.bytes());
        }
        return true;
    }

    static void updateEvidenceMeta(Connection c, EvidenceMeta m) throws SQLException {
        Sql.update(c, "UPDATE evidence SET original_name = ?, source_url = ?, captured_at = ?, added_at = ?, added_by = ?"
                        + " WHERE sha256 = ?", m.originalName(), m.sourceUrl(), m.capturedAt(), m.addedAt(), m.addedBy(),
                m.sha256());
    }

    static Optional<BundleTx.Thumb> thumb(Connection c, String sha256) throws SQLException {
        return Sql.one(c, "SELECT format, width, height, bytes FROM evidence_thumb WHERE sha256 = ?",
                rs -> new BundleTx.Thumb(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getBytes(4)), sha256);
    }

    static Optional<Assignment> assignment(Connection c, String id) throws SQLException {
        int slash = id.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        return Sql.one(c, "SELECT a.inspector_id, u.name, a.revision, a.deleted FROM assignment a JOIN unit u"
                        + " ON u.id = a.unit_id WHERE a.inspector_id = ? AND u.name = ?",
                rs -> new Assignment(rs.getString(1), rs.getString(2), Revision.parse(rs.getString(3)),
                        rs.getInt(4) != 0), id.substring(0, slash), id.substring(slash + 1));
    }

    static void writeAssignment(Connection c, Assignment a) throws SQLException {
        long unitId = CampaignRows.unitId(c, a.unit()).orElseThrow(() -> new SQLException("no unit " + a.unit()));
        Sql.update(c, "INSERT INTO assignment (inspector_id, unit_id, revision, deleted) VALUES (?, ?, ?, ?)"
                        + " ON CONFLICT (inspector_id, unit_id) DO UPDATE SET revision = excluded.revision,"
                        + " deleted = excluded.deleted", a.inspector(), unitId, a.revision(), a.deleted());
    }

    static String revisionsJson(List<Revision> revisions) {
        try {
            return Json.mapper().writeValueAsString(revisions.stream().map(Revision::toString).toList());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Revision> revisions(String json) {
        try {
            return Json.mapper().readValue(json, new TypeReference<List<String>>() { }).stream()
                    .map(Revision::parse).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored parents are not a JSON list: " + json, e);
        }
    }

    private static RecordVersion version(ResultSet rs) throws SQLException {
        return new RecordVersion(kind(rs.getString("kind")), rs.getString("record_id"),
                Revision.parse(rs.getString("revision")), revisions(rs.getString("parents_json")),
                rs.getString("unit"), rs.getInt("deleted") != 0, rs.getString("state_json"));
    }

    private static RecordKind kind(String entity) {
        return RecordKind.ofEntity(entity).orElseThrow(() -> new IllegalStateException("unknown record kind " + entity));
    }
}
