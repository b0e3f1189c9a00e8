package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.evidence.Thumbnail;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL of evidence images, their thumbnails and their links to findings. */
final class EvidenceRows {

    private static final String META = "e.sha256, e.format, e.width, e.height, e.byte_size, e.original_name,"
            + " e.source_url, e.captured_at, e.added_at, e.added_by";

    private EvidenceRows() {
    }

    static boolean exists(Connection c, String sha256) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM evidence WHERE sha256 = ?", sha256) > 0;
    }

    /**
     * Stores an image unless the same bytes are already stored; returns true when stored now. The
     * metadata row decides (an insert that does nothing on the same hash; any other broken rule still fails): one statement instead of a look-up and
     * an insert, and safe when the same bytes were stored by another action since the caller looked.
     */
    static boolean store(Connection c, EvidenceImage image, EvidenceSource source, String author, Instant at)
            throws SQLException {
        int added = Sql.update(c, "INSERT INTO evidence (sha256, format, width, height, byte_size, original_name,"
                        + " source_url, captured_at, added_at, added_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (sha256) DO NOTHING",
                image.sha256(), image.format().name(), image.width(), image.height(), (long) image.bytes().length,
                source.originalName(), source.sourceUrl(), source.capturedAt(), at, author);
        if (added == 0) {
            return false;
        }
        Sql.update(c, "INSERT INTO evidence_blob (sha256, bytes) VALUES (?, ?)", image.sha256(), image.bytes());
        if (image.thumbnail() != null) {
            storeThumbnail(c, image.sha256(), image.thumbnail());
        }
        return true;
    }

    /** {@code t} null records that the image could not be decoded (so it is not tried again). */
    static void storeThumbnail(Connection c, String sha256, Thumbnail t) throws SQLException {
        Sql.update(c, "INSERT OR REPLACE INTO evidence_thumb (sha256, format, width, height, bytes) VALUES (?, ?, ?, ?, ?)",
                sha256, t == null ? UNDECODABLE : Thumbnail.FORMAT, t == null ? 0 : t.width(), t == null ? 0 : t.height(),
                t == null ? new byte[0] : t.jpeg());
    }

    /** The thumbnail format recorded for an image that passed the quick check but does not decode. */
    static final String UNDECODABLE = "none";

    static List<String> withoutThumbnail(Connection c, int limit) throws SQLException {
        return Sql.list(c, "SELECT e.sha256 FROM evidence e WHERE NOT EXISTS (SELECT 1 FROM evidence_thumb t"
                + " WHERE t.sha256 = e.sha256) LIMIT ?", rs -> rs.getString(1), limit);
    }

    static Optional<EvidenceMeta> meta(Connection c, String sha256) throws SQLException {
        return Sql.one(c, "SELECT " + META + " FROM evidence e WHERE e.sha256 = ?", EvidenceRows::meta, sha256);
    }

    static Optional<byte[]> bytes(Connection c, String sha256) throws SQLException {
        return Sql.one(c, "SELECT bytes FROM evidence_blob WHERE sha256 = ?", rs -> rs.getBytes(1), sha256);
    }

    /** The evidence of a unit's live findings, with thumbnails, in finding and attachment order. */
    static List<EvidenceItem> ofUnit(Connection c, String unit) throws SQLException {
        return Sql.list(c, "SELECT l.finding_id, l.position, " + META + ", t.bytes AS thumb, t.width AS tw,"
                        + " t.height AS th FROM finding f JOIN unit u ON u.id = f.unit_id"
                        + " JOIN finding_evidence l ON l.finding_id = f.id AND l.deleted = 0"
                        + " JOIN evidence e ON e.sha256 = l.sha256 LEFT JOIN evidence_thumb t ON t.sha256 = l.sha256"
                        + " WHERE u.name = ? AND f.deleted = 0 ORDER BY f.seq, l.position",
                rs -> {
                    byte[] thumb = rs.getBytes("thumb");
                    return new EvidenceItem(rs.getString("finding_id"), rs.getInt("position"), meta(rs),
                            thumb == null || thumb.length == 0 ? null : thumb, rs.getInt("tw"), rs.getInt("th"));
                }, unit);
    }

    static List<EvidenceLink> linksOf(Connection c, String findingId, boolean withTombstones) throws SQLException {
        return Sql.list(c, "SELECT * FROM finding_evidence WHERE finding_id = ?"
                + (withTombstones ? "" : " AND deleted = 0") + " ORDER BY position", EvidenceRows::link, findingId);
    }

    static Optional<EvidenceLink> link(Connection c, String findingId, String sha256) throws SQLException {
        return Sql.one(c, "SELECT * FROM finding_evidence WHERE finding_id = ? AND sha256 = ?", EvidenceRows::link,
                findingId, sha256);
    }

    static void writeLink(Connection c, EvidenceLink l) throws SQLException {
        Sql.update(c, "INSERT INTO finding_evidence (finding_id, sha256, position, author, added_at, revision,"
                        + " parent_revision, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (finding_id, sha256)"
                        + " DO UPDATE SET position = excluded.position, author = excluded.author,"
                        + " added_at = excluded.added_at, revision = excluded.revision,"
                        + " parent_revision = excluded.parent_revision, deleted = excluded.deleted",
                l.findingId(), l.sha256(), l.position(), l.author(), l.addedAt(), l.revision(), l.parent(), l.deleted());
    }

    static int nextPosition(Connection c, String findingId) throws SQLException {
        return (int) Sql.count(c, "SELECT coalesce(max(position), 0) + 1 FROM finding_evidence WHERE finding_id = ?",
                findingId);
    }

    private static EvidenceLink link(ResultSet rs) throws SQLException {
        return new EvidenceLink(rs.getString("finding_id"), rs.getString("sha256"), rs.getInt("position"),
                rs.getString("author"), Instant.parse(rs.getString("added_at")),
                Revision.parse(rs.getString("revision")), Revision.parseOrNull(rs.getString("parent_revision")),
                rs.getInt("deleted") != 0);
    }

    private static EvidenceMeta meta(ResultSet rs) throws SQLException {
        String captured = rs.getString("captured_at");
        return new EvidenceMeta(rs.getString("sha256"), rs.getString("format"), rs.getInt("width"),
                rs.getInt("height"), rs.getLong("byte_size"), rs.getString("original_name"),
                rs.getString("source_url"), captured == null ? null : Instant.parse(captured),
                Instant.parse(rs.getString("added_at")), rs.getString("added_by"));
    }
}
