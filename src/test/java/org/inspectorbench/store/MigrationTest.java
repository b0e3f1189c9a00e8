package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A workspace of every earlier schema version opens in this version with all its data. */
class MigrationTest {

    private static final String FINDING = "0b9d3c1e-1111-4222-8333-944445555666";
    private static final String REV = "0001669334400000.0000.zhangsan";

    @TempDir
    Path dir;

    static IntStream earlierVersions() {
        return IntStream.range(1, Migrations.LATEST);
    }

    @ParameterizedTest(name = "from schema version {0}")
    @MethodSource("earlierVersions")
    void migratesKeepingEveryRecord(int version) throws Exception {
        Path file = dir.resolve("old.inspector");
        byte[] png = TestImages.png(900, 500, version);
        String sha = EvidenceImage.sha256(png);
        try (Db db = Db.openReadWrite(file)) {
            db.inTransaction(c -> {
                Migrations.migrate(c, 0, version);
                writeOldData(c, version, png, sha);
                return null;
            });
        }
        assertEquals(version, userVersion(file));

        try (Workspace ws = Workspace.open(file)) {
            assertEquals("test-2022", ws.campaign().id());
            assertEquals("zhangsan", ws.author());
            assertEquals(List.of("涪城区", "市发展改革委"), ws.units().stream().map(Unit::name).toList());
            Finding f = ws.finding(FINDING).orElseThrow();
            assertEquals(2, f.count());
            assertEquals("旧版本记录", f.note());
            assertEquals(Revision.parse(REV), f.revision());
            assertArrayEquals(png, ws.evidence().image(sha));
            EvidenceItem item = ws.evidence().ofUnit("涪城区").get(0);
            assertNotNull(item.thumbnailJpeg(), "version 3 made thumbnails for the evidence stored before it");
            assertEquals(Migrations.LATEST, ws.db().read(c -> Sql.count(c, "PRAGMA user_version")).intValue());
            assertEquals(256, item.thumbnailWidth());

            Finding edited = ws.putFinding(FindingDraft.of(f).withCount(3));
            assertTrue(edited.revision().compareTo(f.revision()) > 0, "the clock continues after the stored stamps");
            ws.undo();
            assertEquals(2, ws.finding(FINDING).orElseThrow().count());
            if (version >= 2) {
                ws.undo();  // the creation, logged by the old version
                assertTrue(ws.finding(FINDING).orElseThrow().deleted());
            }
        }
        assertEquals(Migrations.LATEST, userVersion(file));
    }

    @Test
    void aNewWorkspaceIsAtTheLatestVersionAndMarkedAsAWorkspace() throws Exception {
        Path file;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
        }
        assertEquals(Migrations.LATEST, userVersion(file));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA application_id")) {
            assertEquals(Migrations.APPLICATION_ID, rs.getInt(1));
        }
    }

    @Test
    void scriptsSplitIntoStatementsKeepingTriggerBodiesWhole() {
        List<String> v2 = Migrations.statements(2);
        assertTrue(v2.stream().anyMatch(s -> s.startsWith("CREATE TRIGGER history_no_update") && s.endsWith("END;")
                && s.contains("RAISE(ABORT")), v2.toString());
        assertEquals(List.of("CREATE TABLE a (x);", "CREATE TABLE b (y);"),
                Migrations.split("-- comment\nCREATE TABLE a (x);\n\nCREATE TABLE b (y);\n"));
    }

    private static void writeOldData(Connection c, int version, byte[] png, String sha) throws java.sql.SQLException {
        String rubric;
        try (InputStream in = MigrationTest.class.getResourceAsStream("fixtures/rubric.json")) {
            rubric = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        String t = "2022-11-20T08:00:00Z";
        Sql.update(c, "INSERT INTO meta (key, value) VALUES ('current_author', 'zhangsan'), ('last_revision', ?)", REV);
        Sql.update(c, "INSERT INTO campaign (id, name, rubric_json, rubric_sha256, monitoring_date, evidence_deadline,"
                + " source_json, created_at) VALUES ('test-2022', '测试', ?, ?, '2022-11-25', '2022-11-25', '{}', ?)",
                rubric, RubricText.of(rubric).sha256(), t);
        Sql.update(c, "INSERT INTO unit (id, name, kind, tags_json, position) VALUES (1, '涪城区', '县市区', '[]', 0),"
                + " (2, '市发展改革委', '市级部门', '[]', 1)");
        Sql.update(c, "INSERT INTO website (unit_id, name, url, position) VALUES (1, '涪城区人民政府', NULL, 0),"
                + " (2, '绵阳市发展和改革委员会', NULL, 0), (2, '信用中国(四川绵阳)', NULL, 1)");
        Sql.update(c, "INSERT INTO account (unit_id, name, platform, sample, position) VALUES (1, '涪城发布', '微信公众号', 1, 0)");
        Sql.update(c, "INSERT INTO inspector (id, name) VALUES ('zhangsan', '张三')");
        Sql.update(c, "INSERT INTO assignment (inspector_id, unit_id, revision) VALUES ('zhangsan', 1, ?)", REV);
        Sql.update(c, "INSERT INTO finding (id, unit_id, kind, item, rule, count, note, author, created_at, updated_at,"
                + " revision, deleted, seq) VALUES (?, 1, 'RULE', '政务公开/依申请公开', '1', 2, '旧版本记录', 'zhangsan', ?, ?, ?, 0, 1)",
                FINDING, t, t, REV);
        Sql.update(c, "INSERT INTO evidence (sha256, format, width, height, byte_size, original_name, added_at, added_by)"
                + " VALUES (?, 'PNG', 900, 500, ?, 'old.png', ?, 'zhangsan')", sha, (long) png.length, t);
        Sql.update(c, "INSERT INTO evidence_blob (sha256, bytes) VALUES (?, ?)", sha, png);
        Sql.update(c, "INSERT INTO finding_evidence (finding_id, sha256, position, author, added_at, revision)"
                + " VALUES (?, ?, 1, 'zhangsan', ?, ?)", FINDING, sha, t, REV);
        if (version >= 3) {
            org.inspectorbench.evidence.Thumbnail thumb;
            try {
                thumb = EvidenceImage.prepare(png, "old.png").thumbnail();
            } catch (org.inspectorbench.evidence.UnsupportedImageException e) {
                throw new IllegalStateException(e);
            }
            Sql.update(c, "INSERT INTO evidence_thumb (sha256, format, width, height, bytes) VALUES (?, 'jpeg', ?, ?, ?)",
                    sha, thumb.width(), thumb.height(), thumb.jpeg());
        }
        if (version >= 2) {
            String after = Jsons.write(new Finding(FINDING, "涪城区", null, null, Finding.Kind.RULE, "政务公开/依申请公开",
                    "1", 2, null, "旧版本记录", "zhangsan", java.time.Instant.parse(t), java.time.Instant.parse(t),
                    Revision.parse(REV), null, false));
            Sql.update(c, "INSERT INTO history (group_id, at, author, action, label, entity, entity_id, unit_id,"
                    + " before_json, after_json) VALUES ('g1', ?, 'zhangsan', 'do', 'old edit', 'finding', ?, 1, NULL, ?)",
                    t, FINDING, after);
            Sql.update(c, "INSERT INTO undo_stack (author, stack, position, group_id) VALUES ('zhangsan', 'undo', 1, 'g1')");
        }
    }

    private static int userVersion(Path file) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        }
    }
}
