package org.inspectorbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * Looks at a file before the program writes to it: is it SQLite, is it a workspace, is its schema
 * one this version knows. The look is read-only (the header through plain file reading, then a
 * read-only SQLite connection), so a file that fails any check is left byte-for-byte untouched.
 */
final class WorkspaceProbe {

    private static final byte[] SQLITE_MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private WorkspaceProbe() {
    }

    /** Returns the file's schema version (1..LATEST); throws for anything we must not open. */
    static int schemaVersion(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(Reason.NOT_FOUND, "找不到工作区 (no workspace at " + file
                    + "): create one with `inspector init --workspace " + file + " --campaign C.json`");
        }
        checkHeader(file);
        // Without a -wal file beside it the file holds all its data and is read as immutable, so
        // that not even a -shm file appears; with one (not closed cleanly, or open elsewhere) the
        // WAL must be read too, and the -wal/-shm files are there already.
        boolean hasWal = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        try (Connection c = Db.openReadOnly(file, !hasWal); Statement st = c.createStatement()) {
            int appId = intPragma(st, "application_id");
            int version = intPragma(st, "user_version");
            // Reading the schema makes SQLite parse page 1 and the schema table: a damaged file
            // fails here rather than half-way through the user's first action.
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM sqlite_schema")) {
                rs.next();
            }
            if (appId != Migrations.APPLICATION_ID) {
                throw notAWorkspace(file, "it is a SQLite database of another program");
            }
            if (version > Migrations.LATEST) {
                throw new WorkspaceException(Reason.NEWER_VERSION, "工作区由更新版本的程序创建 (the workspace "
                        + file + " has schema version " + version + ", this program knows up to "
                        + Migrations.LATEST + "): open it with a newer Inspector Workbench; the file was not changed.");
            }
            if (version < 1) {
                throw notAWorkspace(file, "its schema version is " + version);
            }
            return version;
        } catch (SQLException e) {
            throw new WorkspaceException(Reason.CORRUPT, "工作区文件已损坏或无法读取 (the workspace " + file
                    + " is damaged or unreadable: " + e.getMessage()
                    + "). Restore it from a backup; the file was not changed.", e);
        }
    }

    private static void checkHeader(Path file) {
        byte[] head = new byte[SQLITE_MAGIC.length];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException(Reason.IO, "无法读取 (cannot read " + file + "): " + e.getMessage(), e);
        }
        if (n < head.length || !Arrays.equals(head, SQLITE_MAGIC)) {
            throw new WorkspaceException(Reason.NOT_SQLITE, "“" + file + "” 不是工作区文件 (is not a workspace:"
                    + " not a SQLite database at all). Check the --workspace path; the file was not changed.");
        }
    }

    private static WorkspaceException notAWorkspace(Path file, String why) {
        return new WorkspaceException(Reason.NOT_A_WORKSPACE, "“" + file + "” 不是检查考核工作区 (is not an "
                + "Inspector Workbench workspace: " + why + "). Check the --workspace path; the file was not changed.");
    }

    private static int intPragma(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }
}
