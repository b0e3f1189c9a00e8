package org.inspectorbench.bundle;

import org.inspectorbench.store.RecordKind;

import java.util.Map;
import java.util.Optional;

/** Which records/*.jsonl file holds which kind of record (docs/bundle-format.md). */
final class RecordFiles {

    private static final Map<RecordKind, String> FILES = Map.of(
            RecordKind.FINDING, "records/findings.jsonl",
            RecordKind.EVIDENCE_LINK, "records/evidence-links.jsonl",
            RecordKind.ANNOTATION, "records/annotations.jsonl",
            RecordKind.SAMPLING_DRAW, "records/sampling-draws.jsonl",
            RecordKind.ASSIGNMENT, "records/assignments.jsonl");

    private RecordFiles() {
    }

    static String of(RecordKind kind) {
        return FILES.get(kind);
    }

    static Optional<RecordKind> kindOf(String entryName) {
        return FILES.entrySet().stream().filter(e -> e.getValue().equals(entryName)).map(Map.Entry::getKey)
                .findFirst();
    }

    /** The short name used in counts: "findings", "evidence-links", ... */
    static String countName(RecordKind kind) {
        String file = of(kind);
        return file.substring("records/".length(), file.length() - ".jsonl".length());
    }
}
