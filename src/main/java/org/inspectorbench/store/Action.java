package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;

/**
 * One user action in progress: the transaction it runs in, who does it, its revision stamps and
 * its history group. Every change an action makes is appended to the history with the entity's
 * state before and after, in the same transaction as the change itself.
 */
final class Action {

    enum Kind { DO, UNDO, REDO }

    final Connection c;
    final String author;
    final String groupId = UUID.randomUUID().toString();
    final Kind kind;
    final String label;
    final Instant at;
    /** For an undo or redo: the group it takes back. */
    final String undoes;
    private final HybridClock clock;
    private CampaignIds ids;
    private int entries;
    private final java.util.Set<Long> units = new java.util.HashSet<>();
    private boolean undoable = true;

    Action(Connection c, String author, Kind kind, String label, Instant at, HybridClock clock, String undoes) {
        this.c = c;
        this.undoes = undoes;
        this.author = author;
        this.kind = kind;
        this.label = label;
        this.at = at;
        this.clock = clock;
    }

    /** Ids of units, websites, accounts and findings' units, looked up once in this action. */
    CampaignIds ids() {
        if (ids == null) {
            ids = new CampaignIds(c);
        }
        return ids;
    }

    Revision newRevision() {
        return clock.next(author);
    }

    /** Appends one change to the history (never rewritten: see V2.sql's triggers). */
    void log(String entity, String entityId, Long unitId, String beforeJson, String afterJson) throws SQLException {
        Sql.update(c, "INSERT INTO history (group_id, at, author, action, label, entity, entity_id, unit_id,"
                        + " before_json, after_json, undoes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                groupId, at, author, kind.name().toLowerCase(java.util.Locale.ROOT), label, entity,
                entityId, unitId, beforeJson, afterJson, undoes);
        entries++;
        if (unitId != null) {
            units.add(unitId);
        }
        if (!EntityStates.isUndoable(entity)) {
            undoable = false;
        }
    }

    java.util.Set<Long> unitIds() {
        return units;
    }

    int entries() {
        return entries;
    }

    boolean undoable() {
        return undoable && entries > 0;
    }
}
