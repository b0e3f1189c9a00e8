package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Annotations as versioned records, and their SQL. */
final class AnnotationVersions extends Versioned<Annotation> {

    static final AnnotationVersions INSTANCE = new AnnotationVersions();

    @Override
    String entity() {
        return "annotation";
    }

    @Override
    Class<Annotation> type() {
        return Annotation.class;
    }

    @Override
    String id(Annotation a) {
        return a.id();
    }

    @Override
    Revision revision(Annotation a) {
        return a.revision();
    }

    @Override
    boolean sameContent(Annotation a, Annotation b) {
        return a.shapesJson().equals(b.shapesJson()) && a.deleted() == b.deleted();
    }

    @Override
    Optional<Annotation> load(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT * FROM annotation WHERE id = ?", AnnotationVersions::map, id);
    }

    static List<Annotation> of(Connection c, String findingId, String sha256) throws SQLException {
        return Sql.list(c, "SELECT * FROM annotation WHERE finding_id = ? AND sha256 = ? AND deleted = 0"
                + " ORDER BY created_at, id", AnnotationVersions::map, findingId, sha256);
    }

    @Override
    Long unitId(Connection c, Annotation a) throws SQLException {
        return FindingRows.unitIdOf(c, a.findingId());
    }

    @Override
    void store(Connection c, Annotation a) throws SQLException {
        Sql.update(c, "INSERT INTO annotation (id, finding_id, sha256, shapes_json, author, created_at, updated_at,"
                        + " revision, parent_revision, deleted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (id) DO UPDATE SET shapes_json = excluded.shapes_json, author = excluded.author,"
                        + " updated_at = excluded.updated_at, revision = excluded.revision,"
                        + " parent_revision = excluded.parent_revision, deleted = excluded.deleted",
                a.id(), a.findingId(), a.sha256(), a.shapesJson(), a.author(), a.createdAt(), a.updatedAt(),
                a.revision(), a.parent(), a.deleted());
    }

    @Override
    Annotation restored(Annotation current, Annotation target, Action a) {
        Annotation t = target == null ? current : target;
        return new Annotation(current.id(), current.findingId(), current.sha256(), t.shapesJson(), a.author,
                current.createdAt(), a.at, a.newRevision(), current.revision(), target == null || target.deleted());
    }

    Annotation put(Action a, Annotation current, String id, String findingId, String sha256, String shapesJson)
            throws SQLException {
        return save(a, current, new Annotation(id, findingId, sha256, shapesJson, a.author,
                current == null ? a.at : current.createdAt(), a.at, a.newRevision(),
                current == null ? null : current.revision(), false));
    }

    private static Annotation map(ResultSet rs) throws SQLException {
        return new Annotation(rs.getString("id"), rs.getString("finding_id"), rs.getString("sha256"),
                rs.getString("shapes_json"), rs.getString("author"), Instant.parse(rs.getString("created_at")),
                Instant.parse(rs.getString("updated_at")), Revision.parse(rs.getString("revision")),
                Revision.parseOrNull(rs.getString("parent_revision")), rs.getInt("deleted") != 0);
    }
}
