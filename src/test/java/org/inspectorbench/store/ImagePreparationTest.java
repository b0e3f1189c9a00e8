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

    /** An executor that runs tasks only as a test says (and never needs shutting down). */
    private abstract static class TestExecutor extends AbstractExecutorService {

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

    /** Runs a full window of tasks last-submitted-first: workers finishing out of order, every time. */
    private static final class Reversing extends TestExecutor {
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

    }

    @Test
    void theFirstOfIdenticalImagesCarriesTheImageEvenWhenALaterOneIsPreparedFirst() throws Exception {
        byte[] png = TestImages.png(120, 80, 5);
        List<ImagePreparation.Request> requests = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            requests.add(new ImagePreparation.Request(Files.write(dir.resolve("copy" + i + ".png"), png), ""));
        }
        Set<String> storedByWriter = new HashSet<>();
        try (ImagePreparation prep = new ImagePreparation(Set.of(), false, new Reversing(6), 6, Long.MAX_VALUE)) {
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

    /** Counts the tasks handed to workers; runs none until asked. */
    private static final class Holding extends TestExecutor {
        final Deque<Runnable> held = new ArrayDeque<>();

        @Override
        public void execute(Runnable task) {
            held.add(task);
        }

    }

    @Test
    void theWorkersRunAheadByAtMostTheWindowsBytesButAlwaysByOneFile() throws Exception {
        List<ImagePreparation.Request> requests = new ArrayList<>();
        long size = 0;
        for (int i = 0; i < 8; i++) {
            byte[] png = TestImages.png(60, 40, 10 + i);
            size = Math.max(size, png.length);
            requests.add(new ImagePreparation.Request(Files.write(dir.resolve("s" + i + ".png"), png), ""));
        }
        Holding pool = new Holding();
        // Room for two files of this size (and a third started as the second fits under the limit).
        try (ImagePreparation prep = new ImagePreparation(Set.of(), false, pool, 32, 2 * size)) {
            Iterator<ImagePreparation.Prepared> it = prep.prepare(requests);
            assertTrue(it.hasNext());
            assertTrue(pool.held.size() >= 2 && pool.held.size() <= 3, pool.held.size() + " files read ahead");
        }
        Holding one = new Holding();
        try (ImagePreparation prep = new ImagePreparation(Set.of(), false, one, 32, 1)) {
            assertTrue(prep.prepare(requests).hasNext());
            assertEquals(1, one.held.size(), "a file larger than the whole window is still read, alone");
        }
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
