package org.inspectorbench.ui.bundle;

import org.inspectorbench.bundle.BundleKind;
import org.inspectorbench.bundle.VerifiedBundle;

import java.nio.file.Path;
import java.util.List;

/**
 * One chosen bundle as the preview shows it before anything is written: who signed it, whether the
 * signature holds, and per unit what importing would do; or why it is refused.
 *
 * @param bundle      the checked bundle, kept for the import (null when refused)
 * @param refusal     the clear reason it cannot be imported (null when it can)
 * @param subject     the signer certificate's subject ("CN=张三, O=…")
 * @param trusted     true when checked against a trust list and found in it; false: any valid signature
 * @param changes     false when importing it would change nothing (everything known already)
 */
public record BundlePreview(Path file, VerifiedBundle bundle, String refusal, String author, String subject,
                            String fingerprint, boolean trusted, BundleKind kind, boolean alreadyImported,
                            boolean changes, List<UnitCounts> units, int newImages, int knownImages) {

    public BundlePreview {
        units = units == null ? List.of() : List.copyOf(units);
    }

    public static BundlePreview refused(Path file, String reason) {
        return new BundlePreview(file, null, reason, null, null, null, false, null, false, false, List.of(), 0, 0);
    }

    public boolean accepted() {
        return refusal == null;
    }

    public String fileName() {
        return file.getFileName().toString();
    }

    /** A unit's outcome counts: records (findings, draws, assignments) and evidence (attachments, annotations). */
    public record UnitCounts(String unit, long recordsNew, long recordsUpdated, long recordsUnchanged,
                             long recordsConflict, long evidenceNew, long evidenceUpdated, long evidenceUnchanged,
                             long evidenceConflict) {

        public long conflicts() {
            return recordsConflict + evidenceConflict;
        }
    }
}
