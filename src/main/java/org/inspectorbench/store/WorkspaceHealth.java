package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Is a workspace file healthy. Only reads (a read-only connection, no lock taken), so it works
 * while the workbench has the workspace open, and never changes a damaged file.
 *
 * <p>Three depths: {@link Depth#QUICK} is what the workbench runs on every start (the file can be
 * opened at all, {@code PRAGMA quick_check} of every table but the image and file contents, the
 * schema version); {@link Depth#STANDARD} is
 * {@code inspector workspace check} (full {@code integrity_check} with the indexes, foreign keys,
 * the frozen rubric's hash, evidence present for every image record, and the SHA-256 of a random
 * sample of stored images); {@link Depth#FULL} hashes every stored image and material file.
 */
public final class WorkspaceHealth {

    /** How much to check. */
    public enum Depth { QUICK, STANDARD, FULL }

    /** HEALTHY; DAMAGED (something inside is wrong); UNUSABLE (missing, not a workspace, newer program). */
    public enum Status { HEALTHY, DAMAGED, UNUSABLE }

    /** Images and material files hashed at {@link Depth#STANDARD}. */
    static final int SAMPLE = 50;
    private static final int LISTED = 10;

    /** What the check found. {@code checks}: what was looked at and how it came out, for the report. */
    public record Report(Path file, int schemaVersion, int latestVersion, Status status,
                         List<String> checks, List<String> problems) {

        public boolean healthy() {
            return status == Status.HEALTHY;
        }

        /** Opening it will migrate the schema: the moment to offer a backup first. */
        public boolean migrationPending() {
            return healthy() && schemaVersion < latestVersion;
        }
    }

    private WorkspaceHealth() {
    }

    /** Checks {@code file}; never throws for a bad file (the report says what is wrong). */
    public static Report check(Path file, Depth depth) {
        List<String> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int version;
        try {
            version = WorkspaceProbe.schemaVersion(file);
        } catch (WorkspaceException e) {
            boolean damaged = e.reason() == WorkspaceException.Reason.CORRUPT;
            problems.add(e.getMessage());
            return new Report(file, -1, Migrations.LATEST, damaged ? Status.DAMAGED : Status.UNUSABLE, checks, problems);
        }
        checks.add("架构版本 schema version " + version + (version < Migrations.LATEST
                ? " (打开时将升级到 " + Migrations.LATEST + " opening it migrates it to " + Migrations.LATEST + ")" : ""));
        boolean hasWal = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
        try (Connection c = Db.openReadOnly(file, !hasWal); Statement st = c.createStatement()) {
            String pragma = depth == Depth.QUICK ? "quick_check" : "integrity_check";
            List<String> lines = depth == Depth.QUICK ? quickCheckWithoutContents(st) : column(st, "PRAGMA " + pragma);
            if (lines.equals(List.of("ok"))) {
                checks.add(pragma + ": ok");
            } else {
                lines.stream().limit(LISTED).forEach(l -> problems.add("完整性 " + pragma + ": " + l));
                if (lines.size() > LISTED) {
                    problems.add("… " + (lines.size() - LISTED) + " more " + pragma + " lines");
                }
            }
            if (depth != Depth.QUICK) {
                foreignKeys(st, checks, problems);
                rubricHash(c, checks, problems);
                evidenceRows(st, checks, problems);
                hashes(c, "evidence_blob", "佐证截图 evidence images", depth, checks, problems);
                if (version >= 5) {
                    hashes(c, "material_blob", "佐证材料文件 material files", depth, checks, problems);
                }
            }
        } catch (SQLException e) {
            problems.add("无法读取工作区，文件可能已损坏 (the workspace cannot be read, it may be damaged: "
                    + e.getMessage() + ")");
        }
        return new Report(file, version, Migrations.LATEST, problems.isEmpty() ? Status.HEALTHY : Status.DAMAGED,
                checks, problems);
    }

    private static void foreignKeys(Statement st, List<String> checks, List<String> problems) throws SQLException {
        List<String> broken = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("PRAGMA foreign_key_check")) {
            while (rs.next()) {
                broken.add(rs.getString(1) + " rowid " + rs.getLong(2) + " → " + rs.getString(3));
            }
        }
        if (broken.isEmpty()) {
            checks.add("foreign_key_check: ok");
            return;
        }
        broken.stream().limit(LISTED).forEach(b -> problems.add("引用缺失 dangling reference: " + b));
        if (broken.size() > LISTED) {
            problems.add("… " + (broken.size() - LISTED) + " more dangling references");
        }
    }

    private static void rubricHash(Connection c, List<String> checks, List<String> problems) throws SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rubric_json, rubric_sha256 FROM campaign")) {
            if (!rs.next()) {
                problems.add("工作区没有考核活动 the workspace has no campaign");
                return;
            }
            String actual = EvidenceImage.sha256(rs.getString(1).getBytes(StandardCharsets.UTF_8));
            if (actual.equals(rs.getString(2))) {
                checks.add("细则副本 frozen rubric SHA-256: ok");
            } else {
                problems.add("细则副本被改动 the frozen rubric does not match its SHA-256 (" + rs.getString(2) + ")");
            }
        }
    }

    private static void evidenceRows(Statement st, List<String> checks, List<String> problems) throws SQLException {
        List<String> missing = column(st, "SELECT e.sha256 FROM evidence e"
                + " WHERE NOT EXISTS (SELECT 1 FROM evidence_blob b WHERE b.sha256 = e.sha256) LIMIT " + (LISTED + 1));
        if (missing.isEmpty()) {
            checks.add("每条佐证截图记录都有图片 every evidence record has its image: ok");
        } else {
            missing.stream().limit(LISTED).forEach(h -> problems.add("佐证截图缺失 evidence image missing: " + h));
        }
    }

    /** SHA-256 of stored bytes against their key: every row at FULL, a random sample otherwise. */
    private static void hashes(Connection c, String table, String what, Depth depth,
                               List<String> checks, List<String> problems) throws SQLException {
        List<String> keys;
        try (Statement st = c.createStatement()) {
            keys = column(st, "SELECT sha256 FROM " + table);
        }
        int total = keys.size();
        if (depth != Depth.FULL && total > SAMPLE) {
            Collections.shuffle(keys, new Random());
            keys = keys.subList(0, SAMPLE);
        }
        int bad = 0;
        try (var ps = c.prepareStatement("SELECT bytes FROM " + table + " WHERE sha256 = ?")) {
            for (String key : keys) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    byte[] bytes = rs.next() ? rs.getBytes(1) : null;
                    if (bytes == null || !EvidenceImage.sha256(bytes).equals(key)) {
                        if (++bad <= LISTED) {
                            problems.add(what + " 内容与哈希不符 bytes do not match their SHA-256: " + key);
                        }
                    }
                }
            }
        }
        String scope = keys.size() == total ? "all " + total : keys.size() + " of " + total + " (sample; --full: all)";
        if (bad == 0) {
            checks.add(what + " SHA-256 " + scope + ": ok");
        } else if (bad > LISTED) {
            problems.add("… " + (bad - LISTED) + " more " + table + " hash mismatches (" + scope + ")");
        }
    }

    /** The tables that hold screenshots and material files: nearly all of a workspace's pages. */
    static final List<String> CONTENT_TABLES = List.of("evidence_blob", "material_blob");

    /**
     * {@code quick_check} table by table, leaving out {@link #CONTENT_TABLES}. A whole-file
     * quick_check reads every page: for a workspace with 400 MB of screenshots, a second or two at
     * the first start after the laptop boots, on every start. Damage in those tables spoils one
     * image, which its SHA-256 reveals when it is used or exported, and {@code inspector workspace
     * check} checks them in full; the findings, history and everything else are checked here.
     */
    private static List<String> quickCheckWithoutContents(Statement st) throws SQLException {
        List<String> tables = column(st, "SELECT name FROM sqlite_schema WHERE type = 'table'");
        List<String> out = new ArrayList<>();
        for (String table : tables) {
            if (CONTENT_TABLES.contains(table)) {
                continue;
            }
            for (String line : column(st, "PRAGMA quick_check(\"" + table.replace("\"", "\"\"") + "\")")) {
                if (!line.equals("ok")) {
                    out.add(line);
                }
            }
        }
        return out.isEmpty() ? List.of("ok") : out;
    }

    private static List<String> column(Statement st, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    // ---- backups ----

    /**
     * The backup's default name: beside the workspace, with the date
     * ({@code workspace-backup-2026-11-26.inspector}); a second one the same day gets {@code -2}, and
     * so on: an existing file is never overwritten.
     */
    public static Path defaultBackup(Path file, java.time.LocalDate day) {
        return defaultBackup(file.toAbsolutePath().getParent(), file, day);
    }

    /** As {@link #defaultBackup(Path, java.time.LocalDate)}, in folder {@code dir}. */
    public static Path defaultBackup(Path dir, Path file, java.time.LocalDate day) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        Path out = dir.resolve(stem + "-backup-" + day + ext);
        for (int n = 2; Files.exists(out); n++) {
            out = dir.resolve(stem + "-backup-" + day + "-" + n + ext);
        }
        return out;
    }

    /** Earlier backups beside the workspace, newest name first: what to restore from. */
    public static List<Path> backups(Path file) {
        Path dir = file.toAbsolutePath().getParent();
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String prefix = (dot > 0 ? name.substring(0, dot) : name) + "-backup-";
        try (var files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix))
                    .filter(p -> !p.getFileName().toString().matches(".*(-wal|-shm|\\.part|\\.lock)$"))
                    .sorted(java.util.Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * A consistent copy made by SQLite ({@code VACUUM INTO}), also while the workbench writes: a raw
     * file copy of a WAL database can miss committed pages still in the -wal file, or catch a page
     * half-written. Written to a temporary name, checked, then moved into place, so a failed backup
     * never leaves a half file under the backup's name; an existing file is never overwritten.
     */
    public static Path backup(Path file, Path out) {
        WorkspaceProbe.schemaVersion(file);
        if (Files.exists(out)) {
            throw new WorkspaceException(WorkspaceException.Reason.ALREADY_EXISTS,
                    "备份文件已存在 (the backup file already exists: " + out + "); choose another name. Nothing was written.");
        }
        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Files.deleteIfExists(tmp);
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            boolean hasWal = Files.exists(file.resolveSibling(file.getFileName() + "-wal"));
            try (Connection c = Db.openReadOnly(file, !hasWal); var ps = c.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, tmp.toAbsolutePath().toString());
                ps.execute();
            }
            Report copy = check(tmp, Depth.QUICK);
            if (!copy.healthy()) {
                throw new WorkspaceException(WorkspaceException.Reason.CORRUPT,
                        "备份副本未通过检查 (the copy failed its check: " + String.join("; ", copy.problems()) + ")");
            }
            Files.move(tmp, out);
            return out;
        } catch (FileAlreadyExistsException e) {
            deleteQuietly(tmp);
            throw new WorkspaceException(WorkspaceException.Reason.ALREADY_EXISTS,
                    "备份文件已存在 (the backup file already exists: " + out + "); choose another name. Nothing was written.");
        } catch (SQLException e) {
            deleteQuietly(tmp);
            throw new WorkspaceException(WorkspaceException.Reason.IO, "无法备份工作区 (cannot back up the workspace "
                    + file + ": " + e.getMessage() + "); nothing was written.", e);
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new WorkspaceException(WorkspaceException.Reason.IO, "无法写入备份 (cannot write the backup "
                    + out + ": " + e + ")", e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the .part name says what it is; nothing under the backup's own name was written
        }
    }
}
