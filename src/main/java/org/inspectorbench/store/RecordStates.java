package org.inspectorbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * The current row of a mergeable record as state JSON (the same JSON the history logs), and back:
 * how bundles read and write findings, attachments, annotations, draws and assignments without
 * knowing their tables.
 */
public final class RecordStates {

    /** A current row: its JSON, revision, unit and tombstone flag. */
    public record Loaded(String json, Revision revision, String unit, boolean deleted) {
    }

    private RecordStates() {
    }

    /** The Java type of a kind's state. */
    public static Class<?> type(RecordKind kind) {
        return switch (kind) {
            case FINDING -> Finding.class;
            case EVIDENCE_LINK -> EvidenceLink.class;
            case ANNOTATION -> Annotation.class;
            case SAMPLING_DRAW -> SamplingDraw.class;
            case ASSIGNMENT -> Assignment.class;
        };
    }

    /**
     * Parses state JSON received from elsewhere.
     *
     * @throws IllegalArgumentException saying what does not fit
     */
    public static Object parse(RecordKind kind, String json) {
        try {
            Object state = Json.mapper().readValue(json, type(kind));
            if (state == null) {
                throw new IllegalArgumentException("empty " + kind.entity() + " state");
            }
            return state;
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a " + kind.entity() + " state: " + e.getOriginalMessage(), e);
        }
    }

    /** The id, revision and tombstone flag a state says of itself. */
    public static String idOf(Object state) {
        if (state instanceof Finding f) {
            return f.id();
        } else if (state instanceof EvidenceLink l) {
            return l.id();
        } else if (state instanceof Annotation a) {
            return a.id();
        } else if (state instanceof SamplingDraw d) {
            return d.id();
        } else if (state instanceof Assignment a) {
            return a.id();
        }
        throw new IllegalArgumentException("not a record state: " + state);
    }

    public static Revision revisionOf(Object state) {
        if (state instanceof Finding f) {
            return f.revision();
        } else if (state instanceof EvidenceLink l) {
            return l.revision();
        } else if (state instanceof Annotation a) {
            return a.revision();
        } else if (state instanceof SamplingDraw d) {
            return d.revision();
        } else if (state instanceof Assignment a) {
            return a.revision();
        }
        throw new IllegalArgumentException("not a record state: " + state);
    }

    public static boolean deletedOf(Object state) {
        if (state instanceof Finding f) {
            return f.deleted();
        } else if (state instanceof EvidenceLink l) {
            return l.deleted();
        } else if (state instanceof Annotation a) {
            return a.deleted();
        } else if (state instanceof SamplingDraw d) {
            return d.deleted();
        } else if (state instanceof Assignment a) {
            return a.deleted();
        }
        throw new IllegalArgumentException("not a record state: " + state);
    }

    static Optional<Loaded> load(Connection c, RecordVersion.Key key) throws SQLException {
        Object state = switch (key.kind()) {
            case FINDING -> FindingVersions.INSTANCE.load(c, key.recordId()).orElse(null);
            case EVIDENCE_LINK -> key.recordId().contains("/")
                    ? EvidenceLinkVersions.INSTANCE.load(c, key.recordId()).orElse(null) : null;
            case ANNOTATION -> AnnotationVersions.INSTANCE.load(c, key.recordId()).orElse(null);
            case SAMPLING_DRAW -> SamplingDrawVersions.INSTANCE.load(c, key.recordId()).orElse(null);
            case ASSIGNMENT -> BundleRows.assignment(c, key.recordId()).orElse(null);
        };
        if (state == null) {
            return Optional.empty();
        }
        return Optional.of(new Loaded(Jsons.write(state), revisionOf(state), unitOf(c, state), deletedOf(state)));
    }

    /** Writes a state as the record's row; returns the unit id for the history. */
    static Long store(Connection c, RecordKind kind, String json) throws SQLException {
        Object state = parse(kind, json);
        switch (kind) {
            case FINDING -> FindingVersions.INSTANCE.store(c, (Finding) state);
            case EVIDENCE_LINK -> EvidenceLinkVersions.INSTANCE.store(c, (EvidenceLink) state);
            case ANNOTATION -> AnnotationVersions.INSTANCE.store(c, (Annotation) state);
            case SAMPLING_DRAW -> SamplingDrawVersions.INSTANCE.store(c, (SamplingDraw) state);
            case ASSIGNMENT -> BundleRows.writeAssignment(c, (Assignment) state);
        }
        // The store's upserts keep the first created_at of a row; a merged row must be exactly the
        // winning version, whatever version was written before it (order independence).
        if (state instanceof Finding f) {
            Sql.update(c, "UPDATE finding SET created_at = ? WHERE id = ?", f.createdAt(), f.id());
        } else if (state instanceof Annotation a) {
            Sql.update(c, "UPDATE annotation SET created_at = ? WHERE id = ?", a.createdAt(), a.id());
        } else if (state instanceof SamplingDraw d) {
            Sql.update(c, "UPDATE sampling_draw SET created_at = ? WHERE id = ?", d.createdAt(), d.id());
        }
        String unit = unitOf(c, state);
        return unit == null ? null : CampaignRows.unitId(c, unit).orElse(null);
    }

    private static String unitOf(Connection c, Object state) throws SQLException {
        if (state instanceof Finding f) {
            return f.unit();
        } else if (state instanceof SamplingDraw d) {
            return d.unit();
        } else if (state instanceof Assignment a) {
            return a.unit();
        }
        String findingId = state instanceof EvidenceLink l ? l.findingId() : ((Annotation) state).findingId();
        return Sql.one(c, "SELECT u.name FROM finding f JOIN unit u ON u.id = f.unit_id WHERE f.id = ?",
                rs -> rs.getString(1), findingId).orElse(null);
    }
}
