package org.inspectorbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * kill -9 of a writing program at random moments leaves the previous or the next state, never a
 * mix: the file passes SQLite's integrity check and every import is there completely or not at all.
 */
class CrashSafetyTest {

    private static final int KILLS = 10;

    @TempDir
    Path dir;

    @Test
    void killingAWriterAtRandomMomentsNeverLeavesHalfAnImport() throws Exception {
        Path images = Files.createDirectories(dir.resolve("images"));
        for (int i = 0; i < CrashImporter.IMAGE_POOL; i++) {
            Files.write(images.resolve("img" + i + ".png"), TestImages.png(320, 240, i));
        }
        Path file;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
        }
        Random random = new Random(20221125);
        long previous = 0;
        int killedMidRun = 0;
        for (int round = 0; round < KILLS; round++) {
            try (ChildJvm writer = ChildJvm.start(CrashImporter.class, file.toString(), images.toString())) {
                writer.awaitLine("COMMITTED");
                Thread.sleep(random.nextInt(300));
                writer.killHard();
                killedMidRun += writer.process.exitValue() != 0 ? 1 : 0;
            }
            try (Workspace ws = Workspace.open(file)) {
                assertEquals("ok", ws.integrityCheck(), "after kill " + (round + 1));
                long findings = ws.findings("涪城区").size();
                assertEquals(0, findings % CrashImporter.BATCH,
                        "after kill " + (round + 1) + ": " + findings + " findings is not whole batches");
                assertTrue(findings > previous, "every run committed at least one batch before it was killed");
                long links = ws.evidence().ofUnit("涪城区").size();
                assertEquals(findings / CrashImporter.BATCH * CrashImporter.IMAGES_PER_BATCH, links,
                        "each batch's evidence is there exactly when its findings are");
                assertEquals(findings, ws.history("涪城区").stream().filter(h -> h.entity().equals("finding")).count(),
                        "and so is its history");
                previous = findings;
            }
        }
        assertEquals(KILLS, killedMidRun, "every writer was killed, none ended by itself");
    }

    /**
     * A findings import runs with a rollback journal instead of the WAL (Db.inBulkTransaction).
     * Stopped (SIGSTOP) inside it, after some of its pages already went into the file, another
     * program trying to open the workspace is told it is in use (not that it is damaged); killed
     * there, it leaves a hot journal that the next open rolls back to the state before the import.
     */
    @Test
    void killedInsideABulkImportLeavesThePreviousState() throws Exception {
        Path images = writeSmall(Files.createDirectories(dir.resolve("images")));
        int big = 60;
        for (int i = 0; i < big; i++) {
            Files.write(images.resolve("big" + i + ".bmp"), TestImages.bmp(1024, 768, i)); // 2.4 MB each
        }
        Path file;
        long findingsBefore;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
            ws.importFindingsWithoutThumbnails(CrashImporter.batch(0), images, "before");
            findingsBefore = ws.findings("涪城区").size();
        }
        long sizeBefore = Files.size(file);
        Path journal = file.resolveSibling(file.getFileName() + "-journal");
        boolean caught = false;
        for (int attempt = 0; attempt < 3 && !caught; attempt++) {
            try (ChildJvm writer = ChildJvm.start(StuckImporter.class, file.toString(), images.toString(),
                    String.valueOf(big))) {
                writer.awaitLine("IMPORTING");
                long deadline = System.nanoTime() + 60_000_000_000L;
                while (writer.process.isAlive() && System.nanoTime() < deadline
                        && !(Files.size(file) > sizeBefore + 8_000_000 && size(journal) > 0)) {
                    Thread.sleep(5);
                }
                assumeTrue(signal("STOP", writer.process), "needs kill -STOP");
                caught = writer.process.isAlive() && Files.size(file) > sizeBefore + 8_000_000 && size(journal) > 0;
                if (caught) {
                    WorkspaceException busy = assertThrows(WorkspaceException.class, () -> Workspace.open(file).close());
                    assertEquals(WorkspaceException.Reason.IN_USE, busy.reason(), busy.getMessage());
                }
                writer.killHard();
            }
            if (!caught) {
                // The import committed before the test saw it half-way: start from its result again.
                try (Workspace ws = Workspace.open(file)) {
                    findingsBefore = ws.findings("涪城区").size();
                }
                sizeBefore = Files.size(file);
            }
        }
        assertTrue(caught, "the writer was stopped inside its import, with pages of it in the file");
        assertTrue(size(journal) > 0, "the kill left a hot journal");
        long evidenceBefore = findingsBefore == CrashImporter.BATCH ? CrashImporter.IMAGES_PER_BATCH : -1;
        try (Workspace ws = Workspace.open(file)) {
            assertEquals("ok", ws.integrityCheck());
            assertEquals(findingsBefore, ws.findings("涪城区").size(), "nothing of the killed import");
            if (evidenceBefore >= 0) {
                assertEquals(evidenceBefore, ws.evidence().ofUnit("涪城区").size());
            }
            assertEquals("wal", ws.db().read(c -> Sql.one(c, "PRAGMA journal_mode", rs -> rs.getString(1))).orElseThrow());
            ws.importFindingsWithoutThumbnails(CrashImporter.batch(1), images, "after");
            assertEquals(findingsBefore + CrashImporter.BATCH, ws.findings("涪城区").size(), "and it works on");
        }
        assertFalse(size(journal) > 0, "no journal left after a clean import");
    }

    private static long size(Path p) throws java.io.IOException {
        return Files.exists(p) ? Files.size(p) : 0;
    }

    private static boolean signal(String signal, Process p) throws Exception {
        return new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor() == 0;
    }

    private static Path writeSmall(Path images) throws java.io.IOException {
        for (int i = 0; i < CrashImporter.IMAGE_POOL; i++) {
            Files.write(images.resolve("img" + i + ".png"), TestImages.png(320, 240, i));
        }
        return images;
    }
}
