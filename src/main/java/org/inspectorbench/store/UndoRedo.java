package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * Undo and redo from the history, per author, across restarts. Each author has two stacks of
 * action groups in the workspace (table undo_stack). Undo takes the top group G of the undo stack
 * and appends a new group U that restores every record G changed to its state before G; U goes on
 * the redo stack. Redo does the same to U and puts its group back on the undo stack. A new action
 * empties the author's redo stack. Nothing in the history is ever rewritten.
 *
 * <p>A record changed by someone else since (a merged bundle) is not silently overwritten: the
 * undo is refused with a message, and nothing changes.
 */
final class UndoRedo {

    private UndoRedo() {
    }

    /** After a user's own action: it can be undone, and what was undone before can no longer be redone. */
    static void recordDone(Action a) throws SQLException {
        push(a.c, a.author, "undo", a.groupId);
        Sql.update(a.c, "DELETE FROM undo_stack WHERE author = ? AND stack = 'redo'", a.author);
    }

    static Optional<String> top(Connection c, String author, String stack) throws SQLException {
        return Sql.one(c, "SELECT group_id FROM undo_stack WHERE author = ? AND stack = ?"
                + " ORDER BY position DESC LIMIT 1", rs -> rs.getString(1), author, stack);
    }

    /**
     * Takes back the group on top of {@code from}; {@code a} is the undo (or redo) action. Returns the
     * label of what was taken back.
     */
    static String invertTop(Action a, String from, String to) throws SQLException {
        String target = a.undoes;
        List<HistoryEntry> entries = HistoryRows.group(a.c, target);
        // A record changed twice in one group goes back to its state before the first change.
        Map<String, HistoryEntry> first = new LinkedHashMap<>();
        Map<String, HistoryEntry> last = new LinkedHashMap<>();
        for (HistoryEntry e : entries) {
            first.putIfAbsent(e.entity() + "\n" + e.entityId(), e);
            last.put(e.entity() + "\n" + e.entityId(), e);
        }
        List<String> keys = new ArrayList<>(last.keySet());
        Collections.reverse(keys);
        for (String key : keys) {
            restore(a, first.get(key), last.get(key));
        }
        Sql.update(a.c, "DELETE FROM undo_stack WHERE author = ? AND stack = ? AND group_id = ?", a.author, from, target);
        push(a.c, a.author, to, a.groupId);
        return entries.isEmpty() ? "" : entries.get(0).label();
    }

    private static <T> void restore(Action a, HistoryEntry firstChange, HistoryEntry e) throws SQLException {
        @SuppressWarnings("unchecked")
        Versioned<T> kind = (Versioned<T>) EntityStates.of(e.entity()).orElseThrow(() -> new WorkspaceException(
                Reason.CONFLICT, "“" + e.label() + "” cannot be undone: it changed " + e.entity() + " records"));
        T current = kind.load(a.c, e.entityId()).orElse(null);
        T after = kind.read(e.afterJson());
        if (current == null || after == null || !kind.sameContent(current, after)) {
            Revision now = current == null ? null : kind.revision(current);
            throw new WorkspaceException(Reason.CONFLICT, "无法撤销 (cannot take back “" + e.label() + "”): "
                    + e.entity() + " " + e.entityId() + " was changed since"
                    + (now == null ? "" : " by " + now.author() + " (revision " + now + ")")
                    + ". Nothing was changed; edit it by hand instead.");
        }
        kind.save(a, current, kind.restored(current, kind.read(firstChange.beforeJson()), a));
    }

    private static void push(Connection c, String author, String stack, String groupId) throws SQLException {
        Sql.update(c, "INSERT INTO undo_stack (author, stack, position, group_id) VALUES (?, ?,"
                + " (SELECT coalesce(max(position), 0) + 1 FROM undo_stack WHERE author = ? AND stack = ?), ?)",
                author, stack, author, stack, groupId);
    }
}
