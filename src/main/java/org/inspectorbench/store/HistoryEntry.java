package org.inspectorbench.store;

import java.time.Instant;

/**
 * One line of the append-only history: who changed which record when, as part of which user
 * action ({@code groupId}, {@code label}), and the record's state before and after as JSON
 * (before is null for a creation). {@code action} is do, undo or redo; {@code undoes} names the
 * group an undo or redo takes back.
 */
public record HistoryEntry(long id, String groupId, Instant at, String author, String action, String label,
                           String entity, String entityId, String unit, String beforeJson, String afterJson,
                           String undoes) {
}
