package org.inspectorbench.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The one SQLite access layer: how connections are configured and how work is wrapped in
 * transactions. One connection per open workspace, used by one thread at a time.
 *
 * <p>Settings (tech-notes.md "SQLite"): WAL; synchronous FULL, because a commit is a user's edit
 * or a screenshot and must survive a power cut, not only a crash; foreign keys on (per
 * connection, hence set here and nowhere else); a busy timeout; IMMEDIATE transactions, so a
 * writer takes the write lock when it begins and never fails half-way on a lock upgrade.
 */
public final class Db implements AutoCloseable {

    /** Work done inside a transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    static final int BUSY_TIMEOUT_MS = 5000;

    /** The page size of workspaces created by this version. */
    static final int PAGE_SIZE = 65_536;

    private final Path file;
    private final Connection connection;
    private FileChannel flushHandle;

    private Db(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
    }

    /** Opens (or creates) a database for reading and writing. */
    static Db openReadWrite(Path file) throws SQLException {
        AppDirs.prepareSqliteNativeDir();
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        config.setJournalSizeLimit(64 * 1024 * 1024);
        config.setCacheSize(-16_000);
        // Nothing here asks for generated keys; with the driver's default every INSERT also ran a
        // regular expression over its SQL and a second statement (SELECT last_insert_rowid()).
        config.setGetGeneratedKeys(false);
        if (isNew(file)) {
            createWithPageSize(file);
        }
        return new Db(file, dataSource(file, config).getConnection());
    }

    /** A non-empty rollback journal beside the file: a bulk transaction is running or was cut short. */
    static boolean hasJournal(Path file) {
        try {
            Path journal = file.resolveSibling(file.getFileName() + "-journal");
            return Files.isRegularFile(journal) && Files.size(journal) > 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isNew(Path file) {
        try {
            return !Files.exists(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A new file gets 64 KB pages: a 200 KB screenshot is then 4 pages instead of 50, so storing
     * images costs a fraction of the page handling and system calls (docs/workspace.md "Page
     * size"). The page size is fixed when the first page is written and cannot change in WAL mode,
     * so it is set on a plain connection that then turns WAL on (writing page 1); existing files
     * keep theirs.
     */
    private static void createWithPageSize(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setPageSize(PAGE_SIZE);
        try (Connection c = dataSource(file, config).getConnection(); Statement st = c.createStatement()) {
            st.executeQuery("PRAGMA journal_mode = WAL").close();
        }
    }

    /**
     * Opens a database without any possibility of writing to it: used to look at a file first.
     * With {@code immutable}, SQLite also creates no -wal/-shm files beside it (right when there is
     * no -wal file: the main file then holds everything); without it, existing WAL content is read.
     */
    static Connection openReadOnly(Path file, boolean immutable) throws SQLException {
        AppDirs.prepareSqliteNativeDir();
        if (immutable && hasJournal(file)) {
            // A bulk import is writing (or was killed): the file alone is not a consistent state.
            immutable = false;
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        // A URI filename: mode=ro means the driver never asks SQLite to create the file.
        ds.setUrl("jdbc:sqlite:file://" + file.toAbsolutePath().toUri().getRawPath() + "?mode=ro"
                + (immutable ? "&immutable=1" : ""));
        return ds.getConnection();
    }

    private static SQLiteDataSource dataSource(Path file, SQLiteConfig config) {
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl("jdbc:sqlite:" + file.toAbsolutePath());
        return ds;
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} as one IMMEDIATE transaction: all of it is stored, or none of it. */
    public synchronized <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (Throwable t) {
                rollbackQuietly(t);
                throw t;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    /**
     * Runs {@code work} as one transaction like {@link #inTransaction}, with a rollback journal
     * instead of the WAL for its duration: for transactions that add hundreds of megabytes
     * (imports of screenshots). In WAL mode every new page is written twice, once to the WAL and
     * once more when the WAL is copied back into the file; a rollback journal only keeps the old
     * content of the few pages that existed before, so new pages are written once. Durability is
     * the same (synchronous FULL: the journal is synced before the file is written, the file
     * before the journal is deleted); a crash mid-way leaves a hot journal that SQLite rolls back
     * on the next open. Afterwards the workspace is back in WAL mode. If the mode cannot be
     * switched (a statement still open) the work runs in WAL mode: slower, equally safe.
     */
    public synchronized <T> T inBulkTransaction(Work<T> work) {
        boolean switched = journalMode("delete");
        try {
            if (!switched) {
                return inTransaction(work);
            }
            EarlyFlush flush = EarlyFlush.start(this);
            return inTransaction(c -> {
                try {
                    return work.run(c);
                } finally {
                    flush.stop();
                }
            });
        } finally {
            if (switched) {
                journalMode("wal");
            }
        }
    }

    /**
     * A second handle on the database file, only to ask the system to write out what SQLite has
     * written so far ({@link EarlyFlush}). Opened by the first bulk transaction and closed only
     * after the connection: on POSIX systems closing any handle on a file drops every lock the
     * process holds on it, SQLite's included.
     */
    synchronized FileChannel flushHandle() throws IOException {
        if (flushHandle == null) {
            flushHandle = FileChannel.open(file, StandardOpenOption.WRITE);
        }
        return flushHandle;
    }

    /** Sets the journal mode outside any transaction; true when SQLite reports the mode asked for. */
    private boolean journalMode(String mode) {
        try (var st = connection.createStatement(); var rs = st.executeQuery("PRAGMA journal_mode = " + mode)) {
            return rs.next() && mode.equalsIgnoreCase(rs.getString(1));
        } catch (SQLException e) {
            return false;
        }
    }

    /** Runs read-only work; several queries see one consistent snapshot. */
    public synchronized <T> T read(Work<T> work) {
        return inTransaction(work);
    }

    private void rollbackQuietly(Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** SQLite errors that mean "the file is damaged" become a message the user can act on. */
    WorkspaceException translate(SQLException e) {
        String msg = String.valueOf(e.getMessage());
        if (msg.contains("SQLITE_CORRUPT") || msg.contains("SQLITE_NOTADB") || msg.contains("malformed")) {
            return new WorkspaceException(WorkspaceException.Reason.CORRUPT,
                    "工作区文件已损坏 (the workspace file is damaged): " + file
                            + ". Restore it from a backup; nothing was written.", e);
        }
        if (msg.contains("SQLITE_BUSY") || msg.contains("database is locked")) {
            return new WorkspaceException(WorkspaceException.Reason.IN_USE,
                    "工作区正被另一个程序写入 (another program is writing to the workspace " + file
                            + "); try again when it has finished.", e);
        }
        return new WorkspaceException(WorkspaceException.Reason.IO,
                "工作区读写失败 (could not read or write the workspace " + file + "): " + msg, e);
    }

    Connection connection() {
        return connection;
    }

    @Override
    public synchronized void close() {
        Sql.forget(connection);
        try {
            connection.close();
        } catch (SQLException e) {
            // Closing checkpoints the WAL; a failure leaves the WAL beside the file, which SQLite
            // replays on the next open, so nothing is lost.
        }
        if (flushHandle != null) {
            try {
                flushHandle.close();
            } catch (IOException e) {
                // only ever used to flush
            }
        }
    }
}
