package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.evidence.Thumbnail;
import org.inspectorbench.evidence.UnsupportedImageException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Makes the thumbnails that a bulk import leaves for after its commit (decoding 2,000 screenshots
 * inside the import would make it CPU-bound; docs/workspace.md). Batches are decoded on all cores
 * and each batch is stored in one transaction; thumbnails are derived data, so they are not in the
 * history. An image that passed the import's structural check but does not decode is recorded as
 * such (no thumbnail) and reported, never retried.
 */
final class ThumbnailBacklog {

    static final int BATCH = 64;

    private ThumbnailBacklog() {
    }

    static ThumbnailRun complete(Db db) {
        int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "thumbnails");
            t.setDaemon(true);
            return t;
        });
        int made = 0;
        List<String> undecodable = new ArrayList<>();
        try {
            while (true) {
                List<String> batch = db.read(c -> EvidenceRows.withoutThumbnail(c, BATCH));
                if (batch.isEmpty()) {
                    return new ThumbnailRun(made, List.copyOf(undecodable));
                }
                List<CompletableFuture<Thumbnail>> thumbs = new ArrayList<>();
                for (String sha : batch) {
                    byte[] bytes = db.read(c -> EvidenceRows.bytes(c, sha)).orElseThrow();
                    thumbs.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            return EvidenceImage.prepare(bytes, sha).thumbnail();
                        } catch (UnsupportedImageException e) {
                            return null;
                        }
                    }, pool));
                }
                List<Thumbnail> done = thumbs.stream().map(CompletableFuture::join).toList();
                db.inTransaction(c -> {
                    for (int i = 0; i < batch.size(); i++) {
                        EvidenceRows.storeThumbnail(c, batch.get(i), done.get(i));
                    }
                    return null;
                });
                for (int i = 0; i < batch.size(); i++) {
                    if (done.get(i) == null) {
                        undecodable.add(batch.get(i));
                    } else {
                        made++;
                    }
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
