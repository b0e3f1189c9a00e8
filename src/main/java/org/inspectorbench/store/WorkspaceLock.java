package org.inspectorbench.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * One program at a time per workspace. SQLite alone would keep the data safe with two writers,
 * but a second window would show stale findings and its undo would fight the first's; so a second
 * program gets a clear message naming who has the workspace open.
 *
 * <p>The lock is an operating-system lock on {@code <workspace>.lock}: it disappears with the
 * process, so a crash or kill -9 never leaves a stale lock. The file's text (pid, host, time) is
 * only for the message.
 */
final class WorkspaceLock implements AutoCloseable {

    // Lock a byte far past the text, so that on Windows (mandatory locks) the text stays readable.
    private static final long LOCK_POSITION = 1L << 30;

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static Path lockFileOf(Path workspace) {
        return workspace.resolveSibling(workspace.getFileName() + ".lock");
    }

    static WorkspaceLock acquire(Path workspace) {
        Path lockFile = lockFileOf(workspace);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCK_POSITION, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String owner = Files.readString(lockFile, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new WorkspaceException(Reason.IN_USE, "工作区已被另一个程序打开 (the workspace " + workspace
                        + " is open in another program" + (owner.isEmpty() ? "" : ": " + owner)
                        + "). Close that program first, or work on a copy.");
            }
            channel.truncate(0);
            String me = "pid " + ProcessHandle.current().pid() + " on " + hostName() + " since " + Instant.now();
            channel.write(ByteBuffer.wrap(me.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WorkspaceLock(lockFile, channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new WorkspaceException(Reason.IO, "无法锁定工作区 (cannot create the lock file " + lockFile
                    + "): " + e.getMessage() + ". Is the folder writable?", e);
        }
    }

    // No InetAddress lookup: it can wait seconds for DNS on a laptop without network.
    private static String hostName() {
        String host = System.getenv("COMPUTERNAME");
        if (host == null) {
            host = System.getenv("HOSTNAME");
        }
        if (host == null) {
            try {
                host = Files.readString(Path.of("/etc/hostname"), StandardCharsets.UTF_8).strip();
            } catch (IOException | RuntimeException e) {
                host = null;
            }
        }
        return host == null || host.isEmpty() ? "this computer" : host;
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing to do: the lock goes with the channel
            }
        }
    }

    @Override
    public void close() {
        try {
            // Deleted while still held, so that no other program can take a lock on a file that is
            // about to vanish; should that race happen, SQLite's own locking still keeps data safe.
            Files.deleteIfExists(lockFile);
            lock.release();
        } catch (IOException ignored) {
            // the OS releases the lock when the channel closes
        } finally {
            closeQuietly(channel);
        }
    }
}
