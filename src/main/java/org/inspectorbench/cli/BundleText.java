package org.inspectorbench.cli;

import org.inspectorbench.bundle.ImportReport;
import org.inspectorbench.bundle.MergeOutcome;

import java.util.Map;
import java.util.StringJoiner;

/** Lines the bundle commands print. */
final class BundleText {

    private BundleText() {
    }

    static String counts(Map<String, Long> counts) {
        if (counts.isEmpty()) {
            return "记录 records: none";
        }
        StringJoiner j = new StringJoiner(", ", "记录 records: ", "");
        counts.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> j.add(e.getValue() + " " + e.getKey()));
        return j.toString();
    }

    static String outcomes(ImportReport r) {
        if (r.alreadyImported() && r.records().isEmpty()) {
            return "新增 new 0, 更新 updated 0, 冲突 in conflict 0; 图片 images: 0 new, " + r.knownImages()
                    + " already here — 此数据包已导入过 this bundle was imported before (same bundle id and signed"
                    + " manifest): nothing to merge, its images were not read again";
        }
        return "新增 new " + r.count(MergeOutcome.NEW) + ", 更新 updated " + r.count(MergeOutcome.UPDATED)
                + ", 未变 unchanged " + r.count(MergeOutcome.UNCHANGED) + ", 冲突 in conflict "
                + r.count(MergeOutcome.CONFLICT) + "; 图片 images: " + r.newImages() + " new, " + r.knownImages()
                + " already here";
    }
}
