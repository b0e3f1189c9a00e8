package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceHealthTest {

    @TempDir
    Path dir;

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @Test
    void aBackupMadeWhileTheWorkspaceIsOpenHasTheLatestEditsAndOpens() throws Exception {
        Path file;
        Path backup;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
            Finding f = ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1"));
            ws.evidence().attach(f.id(), TestImages.png(640, 480, 1), new EvidenceSource("clipboard", null, Instant.now()));
            // the edits are committed but (WAL) possibly not yet in the main file: the copy must have them
            assertTrue(Files.exists(file.resolveSibling(file.getFileName() + "-wal")));
            backup = WorkspaceHealth.backup(file, WorkspaceHealth.defaultBackup(file, DAY));
            assertEquals("ws-backup-2026-11-26.inspector", backup.getFileName().toString());
            assertEquals(contents(file), contents(backup));
        }
        assertTrue(WorkspaceHealth.check(backup, WorkspaceHealth.Depth.FULL).healthy());
        try (Workspace copy = Workspace.open(backup)) {
            assertEquals(1, copy.findings("涪城区").size());
        }
        assertFalse(Files.exists(backup.resolveSibling(backup.getFileName() + ".part")), "no temporary file left");
        // a second backup the same day gets its own name; an existing name is never overwritten
        Path second = WorkspaceHealth.defaultBackup(file, DAY);
        assertEquals("ws-backup-2026-11-26-2.inspector", second.getFileName().toString());
        byte[] before = Files.readAllBytes(backup);
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> WorkspaceHealth.backup(file, backup));
        assertEquals(WorkspaceException.Reason.ALREADY_EXISTS, e.reason());
        assertArrayEquals(before, Files.readAllBytes(backup));
        assertEquals(List.of(backup), WorkspaceHealth.backups(file));
    }

    @Test
    void aHealthyWorkspacePassesEveryDepth() {
        Path file;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
            Finding f = ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1"));
            ws.evidence().attach(f.id(), TestImages.png(320, 200, 2), new EvidenceSource("clipboard", null, Instant.now()));
        }
        for (WorkspaceHealth.Depth d : WorkspaceHealth.Depth.values()) {
            WorkspaceHealth.Report r = WorkspaceHealth.check(file, d);
            assertTrue(r.healthy(), d + ": " + r.problems());
            assertEquals(Migrations.LATEST, r.schemaVersion());
            assertFalse(r.migrationPending());
        }
        List<String> checks = WorkspaceHealth.check(file, WorkspaceHealth.Depth.FULL).checks();
        assertTrue(checks.stream().anyMatch(c -> c.startsWith("integrity_check: ok")), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.startsWith("foreign_key_check: ok")), checks.toString());
        assertTrue(checks.stream().anyMatch(c -> c.contains("evidence images SHA-256 all 1: ok")), checks.toString());
    }

    @Test
    void aChangedImageIsFoundByItsHashAndADanglingReferenceByTheForeignKeyCheck() throws Exception {
        Path file;
        String sha;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
            Finding f = ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1"));
            byte[] png = TestImages.png(320, 200, 3);
            sha = EvidenceImage.sha256(png);
            ws.evidence().attach(f.id(), png, new EvidenceSource("clipboard", null, Instant.now()));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE evidence_blob SET bytes = x'00' || bytes WHERE sha256 = '" + sha + "'");
            st.executeUpdate("INSERT INTO evidence_thumb (sha256, format, width, height, bytes) VALUES ('feed', 'JPEG', 1, 1, x'00')");
        }
        assertTrue(WorkspaceHealth.check(file, WorkspaceHealth.Depth.QUICK).healthy(),
                "the quick start-up check looks at pages, not at what they hold");
        WorkspaceHealth.Report r = WorkspaceHealth.check(file, WorkspaceHealth.Depth.STANDARD);
        assertEquals(WorkspaceHealth.Status.DAMAGED, r.status());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("do not match their SHA-256: " + sha)), r.problems().toString());
        assertTrue(r.problems().stream().anyMatch(p -> p.contains("dangling reference: evidence_thumb")), r.problems().toString());
    }

    @Test
    void theStartUpCheckLeavesTheImageContentsToTheFullCheck() throws Exception {
        Path file;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
        }
        byte[] blob = new byte[300_000];
        new java.util.Random(7).nextBytes(blob);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.executeUpdate("PRAGMA journal_mode = DELETE");
            st.executeUpdate("INSERT INTO evidence (sha256, format, width, height, byte_size, added_at, added_by)"
                    + " VALUES ('big', 'PNG', 1, 1, 300000, '2022-11-25T00:00:00Z', 'test')");
            try (var ps = c.prepareStatement("INSERT INTO evidence_blob (sha256, bytes) VALUES ('big', ?)")) {
                ps.setBytes(1, blob);
                ps.executeUpdate();
            }
        }
        // The page holding the middle of the image is one of its overflow pages: its first four bytes
        // say which page comes next. Pointing them past the end breaks the chain, a structural damage.
        byte[] bytes = Files.readAllBytes(file);
        // Latin-1 maps each byte to one char: a byte search through String.indexOf.
        java.nio.charset.Charset latin1 = java.nio.charset.StandardCharsets.ISO_8859_1;
        int at = new String(bytes, latin1).indexOf(new String(blob, 150_000, 64, latin1));
        assertTrue(at > 0, "the image's bytes are in the file");
        int page = at / Db.PAGE_SIZE * Db.PAGE_SIZE;
        bytes[page] = 0x00;
        bytes[page + 1] = (byte) 0xff;
        bytes[page + 2] = (byte) 0xff;
        bytes[page + 3] = (byte) 0xff;
        Files.write(file, bytes);

        assertTrue(WorkspaceHealth.check(file, WorkspaceHealth.Depth.QUICK).healthy(),
                "every start checks the findings, history and the rest, not the screenshots' pages");
        WorkspaceHealth.Report full = WorkspaceHealth.check(file, WorkspaceHealth.Depth.STANDARD);
        assertEquals(WorkspaceHealth.Status.DAMAGED, full.status());
        assertTrue(full.problems().stream().anyMatch(p -> p.contains("integrity_check")), full.problems().toString());
    }

    @Test
    void anOlderSchemaIsHealthyWithAMigrationPendingAndIsNotMigratedByTheCheck() throws Exception {
        Path file = dir.resolve("old.inspector");
        try (Db db = Db.openReadWrite(file)) {
            db.inTransaction(c -> {
                Migrations.migrate(c, 0, Migrations.LATEST - 1);
                return null;
            });
        }
        WorkspaceHealth.Report r = WorkspaceHealth.check(file, WorkspaceHealth.Depth.QUICK);
        assertTrue(r.healthy(), r.problems().toString());
        assertTrue(r.migrationPending());
        assertEquals(Migrations.LATEST - 1, r.schemaVersion());
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            assertEquals(Migrations.LATEST - 1, rs.getInt(1));
        }
    }

    @Test
    void damagedMissingAndForeignFilesAreReportedNotThrown() throws Exception {
        Path file;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
        }
        byte[] bytes = Files.readAllBytes(file);
        // keep the header page, wreck every page after it: the tables point at garbage
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(file, bytes);
        WorkspaceHealth.Report r = WorkspaceHealth.check(file, WorkspaceHealth.Depth.QUICK);
        assertEquals(WorkspaceHealth.Status.DAMAGED, r.status());
        assertArrayEquals(bytes, Files.readAllBytes(file), "the check never writes");

        Path noise = dir.resolve("noise.inspector");
        Files.write(noise, "this is not a database at all, just text".repeat(200).getBytes());
        WorkspaceHealth.Report n = WorkspaceHealth.check(noise, WorkspaceHealth.Depth.STANDARD);
        assertEquals(WorkspaceHealth.Status.UNUSABLE, n.status());
        assertTrue(n.problems().get(0).contains("not a SQLite database"), n.problems().toString());
        assertEquals(WorkspaceHealth.Status.UNUSABLE, WorkspaceHealth.check(dir.resolve("missing.inspector"),
                WorkspaceHealth.Depth.QUICK).status());
        assertThrows(WorkspaceException.class, () -> WorkspaceHealth.backup(noise, dir.resolve("b.inspector")));
        assertFalse(Files.exists(dir.resolve("b.inspector")));
        assertFalse(Files.exists(dir.resolve("b.inspector.part")));
    }

    /** Every table's rows, in a stable order: equal maps mean the same data. */
    private static Map<String, List<String>> contents(Path file) throws SQLException {
        Map<String, List<String>> all = new TreeMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + t + "\"")) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= n; i++) {
                            Object v = rs.getObject(i);
                            row.append(v instanceof byte[] b ? java.util.Arrays.toString(b) : String.valueOf(v)).append('|');
                        }
                        rows.add(row.toString());
                    }
                }
                rows.sort(null);
                all.put(t, rows);
            }
        }
        assertTrue(all.get("evidence_blob") != null);
        return all;
    }
}
