package org.inspectorbench.signing;

import java.util.List;

/**
 * All signatures of a PDF, oldest first, and the verdict on the whole file.
 *
 * @param bytesAfterLastSignature bytes appended after the end of the last signed range: an
 *                                incremental update nobody signed (it can change what the pages show)
 */
public record VerificationReport(long fileSize, List<SignatureCheck> signatures, long bytesAfterLastSignature,
                                 boolean trustChecked, Verdict verdict) {

    public VerificationReport {
        signatures = List.copyOf(signatures);
    }

    public enum Verdict {
        /** Every signature intact and the last one covers the whole file. */
        INTACT,
        /** Every signature intact, but content was added after the last one. */
        CHANGED_AFTER_SIGNING,
        /** At least one signature is broken or could not be checked. */
        BROKEN,
        NO_SIGNATURES
    }

    static Verdict verdictOf(List<SignatureCheck> signatures, long bytesAfterLastSignature) {
        if (signatures.isEmpty()) {
            return Verdict.NO_SIGNATURES;
        }
        if (signatures.stream().anyMatch(s -> !s.intact())) {
            return Verdict.BROKEN;
        }
        return bytesAfterLastSignature > 0 ? Verdict.CHANGED_AFTER_SIGNING : Verdict.INTACT;
    }

    /** Whether every signature's certificate is pinned in the trust folder (false when none was given). */
    public boolean allTrusted() {
        return trustChecked && !signatures.isEmpty()
                && signatures.stream().allMatch(s -> s.trust() == SignatureCheck.Trust.TRUSTED);
    }
}
