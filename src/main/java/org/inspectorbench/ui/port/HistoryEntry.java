package org.inspectorbench.ui.port;

import java.time.Instant;

/**
 * One line of a unit's change log: who did what when (the log is append-only; undo appends too).
 *
 * @param action  "do", "undo" or "redo" (the store's words: the view shows its own)
 * @param summary the store's label of the action, shown when {@code change} is null
 * @param change  what a finding edit changed, for a human line ("修改 … 规则1: 0 → 2"); null for others
 */
public record HistoryEntry(long seq, Instant at, String author, String action, String summary, Change change) {

    public HistoryEntry(long seq, Instant at, String author, String action, String summary) {
        this(seq, at, author, action, summary, null);
    }

    /** A finding's edit: which rule (of which website or account) and its value before and after. */
    public record Change(Kind kind, String item, String rule, boolean veto, String site, String account,
                         String before, String after, String note) {
    }

    /** Recorded (no finding before), changed, removed, or only its note changed. */
    public enum Kind { ADDED, CHANGED, REMOVED, NOTE }
}
