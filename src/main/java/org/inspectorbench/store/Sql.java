package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/** Small JDBC helpers, so that the store classes read as SQL and not as boilerplate. */
final class Sql {

    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /**
     * Prepared statements per connection, by SQL text. Preparing is the most expensive step of the
     * small statements the store runs (an import of 3,000 findings runs ~40,000 of them), so each is
     * prepared once per connection. Mappers must not run queries themselves: a statement is reused
     * only after its result set has been read to the end and closed.
     */
    private static final Map<Connection, Map<String, PreparedStatement>> PREPARED =
            Collections.synchronizedMap(new WeakHashMap<>());

    private Sql() {
    }

    static PreparedStatement prepare(Connection c, String sql) throws SQLException {
        Map<String, PreparedStatement> cache = PREPARED.computeIfAbsent(c, k -> new HashMap<>());
        PreparedStatement st = cache.get(sql);
        if (st == null || st.isClosed()) {
            st = c.prepareStatement(sql);
            cache.put(sql, st);
        } else {
            st.clearParameters();
        }
        return st;
    }

    /** Forgets a connection's statements (it is being closed, which closes them). */
    static void forget(Connection c) {
        PREPARED.remove(c);
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        PreparedStatement st = prepare(c, sql);
        bind(st, args);
        return st.executeUpdate();
    }

    static <T> List<T> list(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        PreparedStatement st = prepare(c, sql);
        bind(st, args);
        try (ResultSet rs = st.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(mapper.map(rs));
            }
            return out;
        }
    }

    static <T> Optional<T> one(Connection c, String sql, RowMapper<T> mapper, Object... args) throws SQLException {
        List<T> all = list(c, sql, mapper, args);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    static long count(Connection c, String sql, Object... args) throws SQLException {
        return one(c, sql, rs -> rs.getLong(1), args).orElse(0L);
    }

    static void bind(PreparedStatement st, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a == null) {
                st.setNull(i + 1, Types.NULL);
            } else if (a instanceof Boolean b) {
                st.setInt(i + 1, b ? 1 : 0);
            } else if (a instanceof byte[] bytes) {
                st.setBytes(i + 1, bytes);
            } else if (a instanceof Integer n) {
                st.setInt(i + 1, n);
            } else if (a instanceof Long n) {
                st.setLong(i + 1, n);
            } else if (a instanceof Instant t) {
                st.setString(i + 1, text(t));
            } else {
                st.setString(i + 1, a.toString());
            }
        }
    }

    private record InstantText(Instant instant, String text) {
    }

    /** The last two Instants formatted: an evidence row binds its file's time next to the action's. */
    private static volatile InstantText lastInstant = new InstantText(Instant.EPOCH, Instant.EPOCH.toString());
    private static volatile InstantText otherInstant = lastInstant;

    /**
     * {@code t.toString()}, remembering the last two: the rows of one action mostly carry the
     * action's own time, and formatting an Instant is costly (an import binds ~20,000 of them).
     */
    static String text(Instant t) {
        InstantText last = lastInstant;
        if (last.instant().equals(t)) {
            return last.text();
        }
        InstantText other = otherInstant;
        if (other.instant().equals(t)) {
            otherInstant = last;
            lastInstant = other;
            return other.text();
        }
        String text = t.toString();
        otherInstant = last;
        lastInstant = new InstantText(t, text);
        return text;
    }

    static Integer intOrNull(ResultSet rs, String column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }
}
