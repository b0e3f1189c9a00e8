package org.inspectorbench.cli;

import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.TestWorkspaces;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceCheckCommandTest {

    @TempDir
    Path dir;

    private Path workspaceWithAnImage() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            var f = ws.putFinding(org.inspectorbench.store.FindingDraft.rule("涪城区", "政务公开/依申请公开", "1"));
            ws.evidence().attach(f.id(), TestImages.png(300, 200, 5),
                    new org.inspectorbench.store.EvidenceSource("clipboard", null, java.time.Instant.now()));
            return ws.file();
        }
    }

    @Test
    void checkSaysHealthyThenDamagedWithWhatToDoAndExitsAccordingly() throws Exception {
        Path ws = workspaceWithAnImage();
        CliRun ok = CliRun.of("workspace", "check", "--workspace", ws.toString(), "--full");
        assertEquals(0, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().contains("integrity_check: ok"), ok.out());
        assertTrue(ok.out().contains("foreign_key_check: ok"), ok.out());
        assertTrue(ok.out().contains("SHA-256 all 1: ok"), ok.out());
        assertTrue(ok.out().contains("healthy"), ok.out());

        CliRun backup = CliRun.of("workspace", "backup", "--workspace", ws.toString());
        assertEquals(0, backup.exit(), backup.err());
        Path copy = dir.resolve("ws-backup-" + LocalDate.now() + ".inspector");
        assertTrue(backup.out().contains(copy.toString()), backup.out());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ws)) {
            c.createStatement().executeUpdate("UPDATE evidence_blob SET bytes = x'00' || bytes");
        }
        CliRun bad = CliRun.of("workspace", "check", "--workspace", ws.toString());
        assertEquals(1, bad.exit(), bad.out());
        assertTrue(bad.out().contains("PROBLEM"), bad.out());
        assertTrue(bad.out().contains("DAMAGED"), bad.out());
        assertTrue(bad.out().contains("restore the newest backup") && bad.out().contains(copy.toString()),
                "names the backup to restore: " + bad.out());
    }

    @Test
    void backupNeverOverwritesAndRefusesWhatIsNotAWorkspace() throws Exception {
        Path ws = workspaceWithAnImage();
        Path out = dir.resolve("mine.inspector");
        Files.writeString(out, "keep me");
        CliRun refused = CliRun.of("workspace", "backup", "--workspace", ws.toString(), "--out", out.toString());
        assertEquals(2, refused.exit());
        assertTrue(refused.err().contains("already exists"), refused.err());
        assertEquals("keep me", Files.readString(out));

        Path folder = Files.createDirectories(dir.resolve("backups"));
        CliRun intoFolder = CliRun.of("workspace", "backup", "--workspace", ws.toString(), "--out", folder.toString());
        assertEquals(0, intoFolder.exit(), intoFolder.err());
        assertTrue(Files.exists(folder.resolve("ws-backup-" + LocalDate.now() + ".inspector")));

        Path text = dir.resolve("notes.txt");
        Files.writeString(text, "not a workspace");
        byte[] before = Files.readAllBytes(text);
        CliRun notWs = CliRun.of("workspace", "check", "--workspace", text.toString());
        assertEquals(2, notWs.exit());
        assertTrue(notWs.out().contains("not a SQLite database"), notWs.out());
        assertArrayEquals(before, Files.readAllBytes(text));
        CliRun missing = CliRun.of("workspace", "backup", "--workspace", dir.resolve("none.inspector").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no workspace"), missing.err());
    }
}
