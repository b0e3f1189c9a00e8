package org.inspectorbench.bundle;

import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The versions of ONE record as a graph (each points at the versions it was edited from). Pure:
 * everything here is a function of the SET of versions, which is why merging is idempotent and
 * does not depend on the order bundles arrive in.
 */
final class VersionGraph {

    private VersionGraph() {
    }

    /**
     * The heads: versions no other known version was edited from. One head: the record's state.
     * Several: edits made concurrently (neither descends from the other), newest first.
     */
    static List<RecordVersion> heads(Collection<RecordVersion> versions) {
        Set<Revision> superseded = new HashSet<>();
        for (RecordVersion v : versions) {
            superseded.addAll(v.parents());
        }
        return versions.stream().filter(v -> !superseded.contains(v.revision()))
                .sorted(Comparator.comparing(RecordVersion::revision).reversed()).distinct().toList();
    }

    /**
     * The provisional winner among heads: the highest revision stamp (hybrid logical clock, then
     * counter, then author id). Deterministic, so every workspace shows the same one.
     */
    static RecordVersion winner(List<RecordVersion> heads) {
        return heads.stream().max(Comparator.comparing(RecordVersion::revision)).orElseThrow();
    }

    /** Heads that say different things: a conflict a reviewer must resolve. */
    static boolean conflicting(List<RecordVersion> heads) {
        if (heads.size() < 2) {
            return false;
        }
        String first = heads.get(0).stateJson();
        for (RecordVersion h : heads.subList(1, heads.size())) {
            if (!StateContent.sameContent(first, h.stateJson())) {
                return true;
            }
        }
        return false;
    }
}
