package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * How one kind of mergeable record (finding, evidence link, annotation, sampling draw) is loaded,
 * stored and logged. Every change goes through {@link #save}, which writes the new version and
 * appends before/after to the history in the same transaction; undo and redo restore a logged
 * state as a NEW version (new revision, parent = the current one), so that an undo travels in
 * bundles like any other edit.
 */
abstract class Versioned<T> {

    abstract String entity();

    abstract Class<T> type();

    abstract String id(T state);

    abstract Revision revision(T state);

    /**
     * True when both versions say the same thing, whoever wrote them: undo checks this rather than
     * the revision, because an earlier undo restores content under a new revision.
     */
    abstract boolean sameContent(T a, T b);

    abstract Optional<T> load(Connection c, String id) throws SQLException;

    abstract Long unitId(Connection c, T state) throws SQLException;

    abstract void store(Connection c, T state) throws SQLException;

    /**
     * The next version of {@code current} saying what {@code target} says; {@code target} null means
     * "as if it had never been created": a tombstone.
     */
    abstract T restored(T current, T target, Action a);

    /** {@link #store(Connection, Object)} inside an action, which may reuse the action's id lookups. */
    void store(Action a, T state) throws SQLException {
        store(a.c, state);
    }

    /** {@link #unitId(Connection, Object)} inside an action, which may reuse the action's id lookups. */
    Long unitId(Action a, T state) throws SQLException {
        return unitId(a.c, state);
    }

    /** The JSON of a state in the history ({@link Jsons#write}; a subclass may write the same text faster). */
    String json(T state) {
        return Jsons.write(state);
    }

    final T save(Action a, T before, T after) throws SQLException {
        store(a, after);
        a.log(entity(), id(after), unitId(a, after), json(before), json(after));
        return after;
    }

    final T read(String json) {
        return Jsons.read(json, type());
    }
}
