package org.inspectorbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Forward-only schema migrations numbered by {@code PRAGMA user_version}: version n is reached by
 * running {@code migrations/Vn.sql} and then the Java step of version n, if any (data work SQL
 * cannot do, such as making thumbnails). All pending versions run in ONE transaction, so a failed
 * migration leaves the file at the version it had.
 */
final class Migrations {

    /** Marks a SQLite file as an Inspector Workbench workspace ("INSB"). */
    static final int APPLICATION_ID = 0x494E5342;
    static final int LATEST = 5;

    /** Work in Java after a version's SQL. */
    interface Step {
        void apply(Connection c) throws SQLException;
    }

    private static final Map<Integer, Step> JAVA_STEPS = Map.of(3, ThumbnailBackfill::run);

    private Migrations() {
    }

    /** Brings a database at {@code from} to {@link #LATEST} (or to {@code to}, for tests). */
    static void migrate(Connection c, int from, int to) throws SQLException {
        for (int v = from + 1; v <= to; v++) {
            for (String sql : statements(v)) {
                try (Statement st = c.createStatement()) {
                    st.executeUpdate(sql);
                }
            }
            Step step = JAVA_STEPS.get(v);
            if (step != null) {
                step.apply(c);
            }
            try (Statement st = c.createStatement()) {
                if (v == 1) {
                    st.executeUpdate("PRAGMA application_id = " + APPLICATION_ID);
                }
                st.executeUpdate("PRAGMA user_version = " + v);
            }
        }
    }

    static List<String> statements(int version) {
        String name = "migrations/V" + version + ".sql";
        try (InputStream in = Migrations.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing schema migration " + name);
            }
            return split(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a script at statement ends; a trigger body's inner semicolons end at its END;. */
    static List<String> split(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inTrigger = false;
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || (trimmed.isEmpty() && current.length() == 0)) {
                continue;
            }
            current.append(line).append('\n');
            String upper = trimmed.toUpperCase(Locale.ROOT);
            if (upper.startsWith("CREATE TRIGGER")) {
                inTrigger = true;
            }
            boolean ends = inTrigger ? upper.equals("END;") : trimmed.endsWith(";");
            if (ends) {
                out.add(current.toString().strip());
                current.setLength(0);
                inTrigger = false;
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
