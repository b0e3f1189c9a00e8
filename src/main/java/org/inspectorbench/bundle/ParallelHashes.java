package org.inspectorbench.bundle;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Checks entries' SHA-256 on all cores while one thread reads (a bundle being verified) or writes
 * (a bundle being exported) the next entries. At most a few entries are held in memory; a mismatch is reported for the first
 * entry in file order that differs, as a sequential check would.
 */
final class ParallelHashes implements AutoCloseable {

    private static final int THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    private static final int WINDOW = THREADS * 4;

    private record Pending(String name, CompletableFuture<Boolean> matches) {
    }

    private final java.util.function.Function<String, RuntimeException> mismatch;
    private final ExecutorService pool;
    private final Deque<Pending> pending = new ArrayDeque<>();

    /** @param mismatch the exception for an entry (by name) whose bytes do not match */
    ParallelHashes(java.util.function.Function<String, RuntimeException> mismatch) {
        this.mismatch = mismatch;
        this.pool = Executors.newFixedThreadPool(THREADS, r -> {
            Thread t = new Thread(r, "bundle-hashes");
            t.setDaemon(true);
            return t;
        });
    }

    /** Queues {@code bytes} of entry {@code name} to be compared with {@code expectedSha256}. */
    void submit(String name, byte[] bytes, String expectedSha256) {
        while (pending.size() >= WINDOW) {
            check(pending.removeFirst());
        }
        pending.add(new Pending(name, CompletableFuture.supplyAsync(
                () -> HexFormat.of().formatHex(EntryStream.sha256().digest(bytes)).equals(expectedSha256), pool)));
    }

    /** Waits for every queued entry; throws for the first that does not match. */
    void finish() {
        while (!pending.isEmpty()) {
            check(pending.removeFirst());
        }
    }

    private void check(Pending p) {
        boolean ok;
        try {
            ok = p.matches().join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
        if (!ok) {
            throw mismatch.apply(p.name());
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
