package org.inspectorbench.ui.port;

import java.time.Instant;

/** One line of a unit's change log: who did what when (the log is append-only; undo appends too). */
public record HistoryEntry(long seq, Instant at, String author, String action, String summary) {
}
