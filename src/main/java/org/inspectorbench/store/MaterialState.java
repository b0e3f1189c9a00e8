package org.inspectorbench.store;

/**
 * Where a unit stands with one evidence material. 附件4: "逾期未报的,视为未开展相关工作" — a
 * material received after the campaign's deadline counts as missing ({@link #countsAsReceived}).
 */
public enum MaterialState {
    /** Not asked of this unit (its kind or tags). */
    NOT_APPLICABLE,
    /** Received on or before the deadline. */
    ON_TIME,
    /** Received after the deadline: kept, but counts as missing. */
    LATE,
    /** Not received. */
    MISSING;

    public boolean countsAsReceived() {
        return this == ON_TIME;
    }

    /** Due from the unit and not counted as received: late or missing. */
    public boolean outstanding() {
        return this == LATE || this == MISSING;
    }
}
