package org.inspectorbench.bundle;

import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordVersion;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What importing one bundle does (or, for a dry run or a preview, would do): per record the
 * outcome, and the images it adds. A UI shows this before anything is written
 * ({@link BundleImport#preview}).
 *
 * @param written    false for a dry run / preview
 * @param newImages  images the workspace did not have
 * @param knownImages images it already had (deduplicated by hash)
 */
public record ImportReport(String file, String bundleId, BundleKind kind, String authorName, String authorId,
                           String signerFingerprint, List<String> units, List<RecordPlan> records, int newImages,
                           int knownImages, boolean alreadyImported, boolean written) {

    public ImportReport {
        units = List.copyOf(units);
        records = List.copyOf(records);
    }

    public long count(MergeOutcome outcome) {
        return records.stream().filter(r -> r.outcome() == outcome).count();
    }

    public Map<MergeOutcome, Long> counts() {
        Map<MergeOutcome, Long> out = new EnumMap<>(MergeOutcome.class);
        for (MergeOutcome o : MergeOutcome.values()) {
            out.put(o, count(o));
        }
        return out;
    }

    public long count(RecordKind kind, MergeOutcome outcome) {
        return records.stream().filter(r -> r.key().kind() == kind && r.outcome() == outcome).count();
    }

    public List<RecordVersion.Key> conflicts() {
        return records.stream().filter(r -> r.outcome() == MergeOutcome.CONFLICT).map(RecordPlan::key).toList();
    }

    /** True when importing changes nothing (everything known already). */
    public boolean noChange() {
        return newImages == 0 && records.stream().allMatch(r -> r.added().isEmpty());
    }
}
