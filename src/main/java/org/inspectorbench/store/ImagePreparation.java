package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.evidence.UnsupportedImageException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * Reads, hashes, checks (and, when asked, thumbnails) image files on worker threads while the
 * single writer stores the previous ones. Results come back in input order, at most a few ahead
 * (memory stays bounded). An image whose bytes were stored before is only hashed, not checked again.
 */
final class ImagePreparation implements AutoCloseable {

    /** One file to prepare; {@code context} says where it was named, for messages. */
    record Request(Path file, String context) {
    }

    /** {@code image} is null when the same bytes were stored before this batch began. */
    record Prepared(Request request, String sha256, EvidenceImage image, EvidenceSource source) {
    }

    private static final int CORES = Runtime.getRuntime().availableProcessors();

    /**
     * How far the workers may run ahead of the writer: far enough to keep going while it stores a
     * run of findings without images (with 4 files ahead the writer waited 0.27-0.34 s for images,
     * with 32 0.08-0.14 s), and at most {@link #WINDOW_BYTES} of files, so that memory stays
     * bounded when the screenshots are large.
     */
    private static final int WINDOW = 32;
    private static final long WINDOW_BYTES = 32L * 1024 * 1024;

    private final ExecutorService pool;
    private final Set<String> known;
    private final int window;
    private final long windowBytes;
    private final boolean decode;

    /**
     * @param decode true: decode each image and make its thumbnail now; false: only the quick
     *               structural check (bulk imports), thumbnails follow the commit
     */
    ImagePreparation(Set<String> storedHashes, boolean decode) {
        this(storedHashes, decode, Executors.newFixedThreadPool(workers(decode), r -> {
            Thread t = new Thread(r, "evidence-preparation");
            t.setDaemon(true);
            return t;
        }), WINDOW, WINDOW_BYTES);
    }

    /**
     * Decoding (a few screenshots added by hand) is the whole work: every core. A bulk import's
     * writer is busy too (findings, history, SQLite copying the images), so one core is left to it:
     * on 2 cores one worker imported 2,000 screenshots in 1.02-1.16 s, two in 1.16-1.25 s, because
     * the second took the writer's core (bench workspace, alternating runs).
     */
    private static int workers(boolean decode) {
        return decode ? CORES : Math.max(1, CORES - 1);
    }

    /** For tests: workers that finish in an order of the test's choosing, a window of the test's size. */
    ImagePreparation(Set<String> storedHashes, boolean decode, ExecutorService pool, int window, long windowBytes) {
        this.decode = decode;
        this.pool = pool;
        this.known = Set.copyOf(storedHashes);
        this.window = window;
        this.windowBytes = windowBytes;
    }

    Iterator<Prepared> prepare(List<Request> requests) {
        return new Iterator<>() {
            private final Deque<CompletableFuture<Prepared>> inFlight = new ArrayDeque<>();
            private final Deque<Long> sizes = new ArrayDeque<>();
            private long bytesInFlight;
            private int submitted;

            private void fill() {
                while (inFlight.size() < window && submitted < requests.size()
                        && (inFlight.isEmpty() || bytesInFlight < windowBytes)) {
                    Request r = requests.get(submitted++);
                    long size = sizeOf(r.file());
                    sizes.add(size);
                    bytesInFlight += size;
                    inFlight.add(CompletableFuture.supplyAsync(() -> prepareOne(r), pool));
                }
            }

            @Override
            public boolean hasNext() {
                fill();
                return !inFlight.isEmpty();
            }

            @Override
            public Prepared next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                try {
                    bytesInFlight -= sizes.removeFirst();
                    return inFlight.removeFirst().join();
                } catch (CompletionException e) {
                    inFlight.forEach(f -> f.cancel(true));
                    inFlight.clear();
                    sizes.clear();
                    submitted = requests.size();
                    if (e.getCause() instanceof WorkspaceException we) {
                        throw we;
                    }
                    throw e;
                }
            }
        };
    }

    /** The file's size, or 0 when it cannot be read (its worker then says why). */
    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private Prepared prepareOne(Request r) {
        byte[] bytes;
        Instant modified;
        try {
            bytes = Files.readAllBytes(r.file());
            modified = Files.getLastModifiedTime(r.file()).toInstant();
        } catch (IOException e) {
            throw new WorkspaceException(Reason.NOT_FOUND, "找不到证据图片 (cannot read the evidence image " + r.file()
                    + r.context() + "): " + e.getMessage());
        }
        String sha = EvidenceImage.sha256(bytes);
        EvidenceSource source = new EvidenceSource(r.file().getFileName().toString(), null, modified);
        // Only the hashes stored BEFORE the batch count as known here: workers finish in any order, so
        // "seen earlier in this batch" is for the writer to decide, in order (EvidenceRows.store
        // skips bytes already stored). Deciding it here let a later duplicate win the race and the
        // first occurrence be linked before its image was stored (a foreign-key failure).
        if (known.contains(sha)) {
            return new Prepared(r, sha, null, source);
        }
        try {
            EvidenceImage image = decode ? EvidenceImage.prepare(bytes, sha, r.file().toString())
                    : EvidenceImage.check(bytes, sha, r.file().toString());
            return new Prepared(r, sha, image, source);
        } catch (UnsupportedImageException e) {
            throw new WorkspaceException(Reason.NOT_AN_IMAGE, e.getMessage() + r.context(), e);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
