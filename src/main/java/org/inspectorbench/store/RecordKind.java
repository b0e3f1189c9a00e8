package org.inspectorbench.store;

import java.util.Optional;

/**
 * The kinds of record that merge by versions (bundles, docs/bundle-format.md). Declared in the
 * order in which a merge writes them: a finding before the attachments, annotations and draws that
 * refer to it.
 */
public enum RecordKind {
    FINDING("finding"),
    EVIDENCE_LINK("evidence_link"),
    ANNOTATION("annotation"),
    SAMPLING_DRAW("sampling_draw"),
    ASSIGNMENT("assignment");

    private final String entity;

    RecordKind(String entity) {
        this.entity = entity;
    }

    /** The name used in the history, the version table and bundles. */
    public String entity() {
        return entity;
    }

    public static Optional<RecordKind> ofEntity(String entity) {
        for (RecordKind k : values()) {
            if (k.entity.equals(entity)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
