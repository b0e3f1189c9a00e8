package org.inspectorbench.store;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One version of a mergeable record: its state as JSON (a {@link Finding}, {@link EvidenceLink},
 * {@link Annotation}, {@link SamplingDraw} or {@link Assignment}), its revision stamp and the
 * revisions it was edited from: none for a new record, one for an edit, several for a reviewer's
 * resolution of a conflict.
 *
 * @param unit the unit the record concerns (assignment checks of bundles), null when unknown
 */
public record RecordVersion(RecordKind kind, String recordId, Revision revision, List<Revision> parents,
                            String unit, boolean deleted, String stateJson) {

    public RecordVersion {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(revision, "revision");
        Objects.requireNonNull(stateJson, "stateJson");
        parents = parents.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /** The inspector (id) who made this version. */
    public String author() {
        return revision.author();
    }

    public Key key() {
        return new Key(kind, recordId);
    }

    /** Identifies a record across workspaces. */
    public record Key(RecordKind kind, String recordId) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::kind).thenComparing(Key::recordId);

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }

        @Override
        public String toString() {
            return kind.entity() + ":" + recordId;
        }
    }
}
