package org.inspectorbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
