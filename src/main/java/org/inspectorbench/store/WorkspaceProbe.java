package org.inspectorbench.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
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
    /** The SQLite database header: its size and where user_version and application_id are (big-endian). */
    private static final int HEADER_SIZE = 100;
    private static final int USER_VERSION_OFFSET = 60;
    private static final int APPLICATION_ID_OFFSET = 68;

    private WorkspaceProbe() {
    }

    /** Returns the file's schema version (1..LATEST); throws for anything we must not open. */
    static int schemaVersion(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new WorkspaceException(Reason.NOT_FOUND, "找不到工作区 (no workspace at " + file
                    + "): create one with `inspector init --workspace " + file + " --campaign C.json`");
        }
        byte[] header = checkHeader(file);
        if (hasRollbackJournal(file) && header.length == HEADER_SIZE) {
            return fromHeader(file, header);
        }
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
            return checked(file, appId, version);
        } catch (SQLException e) {
            throw new WorkspaceException(Reason.CORRUPT, "工作区文件已损坏或无法读取 (the workspace " + file
                    + " is damaged or unreadable: " + e.getMessage()
                    + "). Restore it from a backup; the file was not changed.", e);
        }
    }

    /**
     * A non-empty {@code -journal} beside the file: a bulk import ({@code Db.inBulkTransaction}) is
     * running in another program, or was cut short by a crash and must be rolled back. The file's
     * pages may then be a mix of old and new until SQLite rolls the journal back, which only a
     * read-write open does; so the look uses the header alone (its fields are the same before and
     * after such an import) and the read-write open that follows rolls back (or the lock refuses).
     */
    private static boolean hasRollbackJournal(Path file) {
        return Db.hasJournal(file);
    }

    private static int fromHeader(Path file, byte[] header) {
        ByteBuffer b = ByteBuffer.wrap(header);
        int version = b.getInt(USER_VERSION_OFFSET);
        return checked(file, b.getInt(APPLICATION_ID_OFFSET), version);
    }

    /** The schema version, once the application id says this is a workspace that this program can open. */
    private static int checked(Path file, int appId, int version) {
        if (appId != Migrations.APPLICATION_ID) {
            throw notAWorkspace(file, "it is a SQLite database of another program");
        }
        if (version > Migrations.LATEST) {
            throw newer(file, version);
        }
        if (version < 1) {
            throw notAWorkspace(file, "its schema version is " + version);
        }
        return version;
    }

    private static WorkspaceException newer(Path file, int version) {
        return new WorkspaceException(Reason.NEWER_VERSION, "工作区由更新版本的程序创建 (the workspace "
                + file + " has schema version " + version + ", this program knows up to "
                + Migrations.LATEST + "): open it with a newer Inspector Workbench; the file was not changed.");
    }

    /** The database header (first 100 bytes); refuses a file that is not SQLite. */
    private static byte[] checkHeader(Path file) {
        byte[] head = new byte[HEADER_SIZE];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new WorkspaceException(Reason.IO, "无法读取 (cannot read " + file + "): " + e.getMessage(), e);
        }
        if (n < SQLITE_MAGIC.length || !Arrays.equals(head, 0, SQLITE_MAGIC.length, SQLITE_MAGIC, 0, SQLITE_MAGIC.length)) {
            throw new WorkspaceException(Reason.NOT_SQLITE, "“" + file + "” 不是工作区文件 (is not a workspace:"
                    + " not a SQLite database at all). Check the --workspace path; the file was not changed.");
        }
        return n == HEADER_SIZE ? head : Arrays.copyOf(head, n);
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
