package org.inspectorbench.bundle;

import org.inspectorbench.store.RecordVersion;

import java.util.List;

/**
 * A record edited on two sides (or more) since their common version: every side is kept and shown
 * side by side, the provisional winner ({@link #shown}) is what the workspace shows until a
 * reviewer resolves it.
 *
 * @param id          stable across workspaces: "C-" and 10 hex digits of the record's key hash
 * @param differences the fields whose values differ between sides (bookkeeping fields left out)
 * @param evidence    for a finding: the SHA-256 of its attached images (thumbnails by hash)
 */
public record Conflict(String id, RecordVersion.Key key, String unit, List<ConflictSide> sides, int shown,
                       List<FieldDifference> differences, List<String> evidence) {

    public Conflict {
        sides = List.copyOf(sides);
        differences = List.copyOf(differences);
        evidence = List.copyOf(evidence);
    }

    public ConflictSide side(int number) {
        return sides.get(number - 1);
    }
}
