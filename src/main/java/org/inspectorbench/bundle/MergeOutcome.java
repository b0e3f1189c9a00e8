package org.inspectorbench.bundle;

/** What importing did to one record. */
public enum MergeOutcome {
    /** The record was not known here. */
    NEW,
    /** Edited on the other side only since the common version: the edit was taken. */
    UPDATED,
    /** Nothing new for this record (or only versions older than what is here). */
    UNCHANGED,
    /** Edited on both sides: both versions kept, a provisional winner shown, a reviewer decides. */
    CONFLICT
}
