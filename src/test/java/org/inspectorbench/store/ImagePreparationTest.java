package org.inspectorbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImagePreparationTest {

    @TempDir
    Path dir;

    /** Runs a full window of tasks last-submitted-first: workers finishing out of order, every time. */
    private static final class Reversing extends AbstractExecutorService {
        private final int window;
        private final Deque<Runnable> held = new ArrayDeque<>();

        Reversing(int window) {
            this.window = window;
        }

        @Override
        public void execute(Runnable task) {
            held.push(task);
            if (held.size() == window) {
                while (!held.isEmpty()) {
                    held.pop().run();
                }
            }
        }

        @Override
        public void shutdown() {
        }

        @Override
        public List<Runnable> shutdownNow() {
            return List.of();
        }

        @Override
        public boolean isShutdown() {
            return false;
        }

        @Override
        public boolean isTerminated() {
            return false;
        }

        @Override
        public boolean awaitTermination(long timeout, TimeUnit unit) {
            return true;
        }
    }

    @Test
    void theFirstOfIdenticalImagesCarriesTheImageEvenWhenALaterOneIsPreparedFirst() throws Exception {
        byte[] png = TestImages.png(120, 80, 5);
        List<ImagePreparation.Request> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(new ImagePreparation.Request(Files.write(dir.resolve("copy" + i + ".png"), png), ""));
        }
        Set<String> storedByWriter = new HashSet<>();
        try (ImagePreparation prep = new ImagePreparation(Set.of(), false, new Reversing(6), 6)) {
            Iterator<ImagePreparation.Prepared> it = prep.prepare(requests);
            ImagePreparation.Prepared first = it.next();
            assertNotNull(first.image(), "the writer meets the first occurrence first, so it must carry the image");
            storedByWriter.add(first.sha256());
            while (it.hasNext()) {
                ImagePreparation.Prepared p = it.next();
                assertTrue(p.image() != null || storedByWriter.contains(p.sha256()),
                        "a link is only ever made to an image already stored");
            }
        }
        assertEquals(1, storedByWriter.size());
    }

    @Test
    void imagesStoredBeforeTheBatchAreOnlyHashed() throws Exception {
        byte[] png = TestImages.png(120, 80, 6);
        Path file = Files.write(dir.resolve("old.png"), png);
        String sha = org.inspectorbench.evidence.EvidenceImage.sha256(png);
        try (ImagePreparation prep = new ImagePreparation(Set.of(sha), true)) {
            ImagePreparation.Prepared p = prep.prepare(List.of(new ImagePreparation.Request(file, ""))).next();
            assertEquals(sha, p.sha256());
            assertEquals(null, p.image());
        }
    }
}
