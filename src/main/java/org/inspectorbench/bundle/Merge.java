package org.inspectorbench.bundle;

import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pure merge: given the versions a workspace knows and the versions a bundle brings, what each
 * record becomes. No I/O: {@link BundleImport} applies the plan to a workspace in one transaction.
 */
public final class Merge {

    private Merge() {
    }

    /**
     * @param local    for each record the bundle mentions, every version known here (empty if none)
     * @param shown    the revision each record's row shows now (null when none)
     * @param incoming the bundle's versions
     */
    public static List<RecordPlan> plan(Map<RecordVersion.Key, List<RecordVersion>> local,
                                        Map<RecordVersion.Key, Revision> shown, Collection<RecordVersion> incoming) {
        Map<RecordVersion.Key, List<RecordVersion>> byKey = new TreeMap<>();
        for (RecordVersion v : incoming) {
            byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        List<RecordPlan> out = new ArrayList<>();
        for (Map.Entry<RecordVersion.Key, List<RecordVersion>> e : byKey.entrySet()) {
            List<RecordVersion> known = local.getOrDefault(e.getKey(), List.of());
            out.add(planOne(e.getKey(), known, shown.get(e.getKey()), e.getValue()));
        }
        return out;
    }

    static RecordPlan planOne(RecordVersion.Key key, List<RecordVersion> known, Revision shownRevision,
                              List<RecordVersion> incoming) {
        Map<Revision, RecordVersion> all = new LinkedHashMap<>();
        known.forEach(v -> all.put(v.revision(), v));
        List<RecordVersion> added = new ArrayList<>();
        for (RecordVersion v : incoming) {
            if (all.putIfAbsent(v.revision(), v) == null) {
                added.add(v);
            }
        }
        RecordVersion before = shownRevision == null ? null : all.get(shownRevision);
        if (before == null && !known.isEmpty()) {
            before = VersionGraph.winner(VersionGraph.heads(known));
        }
        List<RecordVersion> heads = VersionGraph.heads(all.values());
        RecordVersion after = VersionGraph.winner(heads);
        MergeOutcome outcome;
        if (added.isEmpty()) {
            outcome = MergeOutcome.UNCHANGED;
        } else if (VersionGraph.conflicting(heads)) {
            outcome = MergeOutcome.CONFLICT;
        } else if (known.isEmpty()) {
            outcome = MergeOutcome.NEW;
        } else if (before != null && before.revision().equals(after.revision())) {
            outcome = MergeOutcome.UNCHANGED;
        } else {
            outcome = MergeOutcome.UPDATED;
        }
        return new RecordPlan(key, outcome, added, heads, before, after);
    }
}
