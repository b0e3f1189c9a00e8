package org.inspectorbench.bundle;

/** Why a bundle was refused; each has its own message saying what is wrong and what to do. */
public enum BundleProblem {
    NOT_A_BUNDLE,
    TRUNCATED,
    UNKNOWN_FORMAT,
    BAD_MANIFEST,
    BAD_SIGNATURE,
    UNTRUSTED_SIGNER,
    UNSAFE_NAME,
    DUPLICATE_ENTRY,
    UNLISTED_ENTRY,
    MISSING_ENTRY,
    CHANGED_ENTRY,
    ZIP_BOMB,
    BAD_RECORDS,
    OTHER_CAMPAIGN,
    OTHER_RUBRIC,
    UNIT_NOT_ASSIGNED,
    NOT_OFFICE,
    UNKNOWN_REFERENCE,
    INCONSISTENT_HISTORY,
    INCONSISTENT_ZIP,
    IO,
    /** The user stopped an export; nothing was written. */
    CANCELLED
}
