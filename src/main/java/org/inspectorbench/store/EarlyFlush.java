package org.inspectorbench.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * During a bulk transaction, has the system write the database file's new pages to the disk while
 * the import goes on, instead of all of them in the commit's final sync. SQLite writes a rollback
 * transaction's pages into the file whenever its cache is full; they sit in the system's cache
 * until a sync. A sync of 400 MB of screenshots at the commit took ~0.3 s during which nothing
 * else happened; syncing every 32 MB as the file grows lets the disk work while the CPU prepares
 * and stores the next images, and leaves the commit only the last pages.
 *
 * <p>Safety is unchanged: these are pages SQLite has already handed to the system, which may write
 * them at any moment anyway; the rollback journal (synced by SQLite before any of them was
 * written) still undoes them after a crash, and the commit still syncs everything itself.
 */
final class EarlyFlush {

    /** Sync after the file grew by this much. */
    static final long STEP = 32L * 1024 * 1024;

    private static final EarlyFlush NONE = new EarlyFlush();

    private final CountDownLatch stop = new CountDownLatch(1);
    private final Thread thread;

    private EarlyFlush() {
        thread = null;
    }

    private EarlyFlush(FileChannel file) {
        thread = new Thread(() -> run(file), "workspace-early-flush");
        thread.setDaemon(true);
        thread.start();
    }

    static EarlyFlush start(Db db) {
        try {
            return new EarlyFlush(db.flushHandle());
        } catch (IOException | RuntimeException e) {
            return NONE; // the commit syncs everything anyway
        }
    }

    private void run(FileChannel file) {
        try {
            long flushed = file.size();
            while (!stop.await(20, TimeUnit.MILLISECONDS)) {
                long size = file.size();
                if (size - flushed >= STEP) {
                    file.force(false);
                    flushed = size;
                }
            }
        } catch (IOException | InterruptedException e) {
            // stop flushing early; the commit's own sync is what durability rests on
        }
    }

    /** Stops before the commit (which syncs the rest); waits for a sync under way. */
    void stop() {
        if (thread == null) {
            return;
        }
        stop.countDown();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
