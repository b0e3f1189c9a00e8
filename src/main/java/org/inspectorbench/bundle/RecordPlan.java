package org.inspectorbench.bundle;

import org.inspectorbench.store.RecordVersion;

import java.util.List;

/**
 * The merge of one record: the versions the import adds, the heads after it, and the version the
 * record's row shows after it (the provisional winner when in conflict).
 *
 * @param before the version shown before, null for a new record
 */
public record RecordPlan(RecordVersion.Key key, MergeOutcome outcome, List<RecordVersion> added,
                         List<RecordVersion> headsAfter, RecordVersion before, RecordVersion after) {

    public boolean conflict() {
        return VersionGraph.conflicting(headsAfter);
    }

    /** True when the row must be rewritten. */
    public boolean rowChanges() {
        return before == null || !before.revision().equals(after.revision());
    }
}
