package org.inspectorbench.store;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

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

    private final Path file;
    private final Connection connection;

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
        return new Db(file, dataSource(file, config).getConnection());
    }

    /**
     * Opens a database without any possibility of writing to it: used to look at a file first.
     * With {@code immutable}, SQLite also creates no -wal/-shm files beside it (right when there is
     * no -wal file: the main file then holds everything); without it, existing WAL content is read.
     */
    static Connection openReadOnly(Path file, boolean immutable) throws SQLException {
        AppDirs.prepareSqliteNativeDir();
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
    }
}
