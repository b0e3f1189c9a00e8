package org.inspectorbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * Opening and creating workspace files. Order matters: look at the file read-only first
 * ({@link WorkspaceProbe}), then take the lock, then open for writing and migrate. A file that is
 * not a workspace, or is from a newer version, is never opened for writing.
 */
final class WorkspaceOpener {

    static final String PROGRAM = "Inspector Workbench 0.1.0";

    private WorkspaceOpener() {
    }

    static Workspace open(Path file, Clock clock) {
        int version = WorkspaceProbe.schemaVersion(file);
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        Db db = null;
        try {
            db = Db.openReadWrite(file);
            if (version < Migrations.LATEST) {
                db.inTransaction(c -> {
                    // The lock is ours now; the version cannot have moved since the probe, but the
                    // migration must start exactly where the file is.
                    int now = (int) Sql.count(c, "PRAGMA user_version");
                    Migrations.migrate(c, now, Migrations.LATEST);
                    return null;
                });
            }
            Db opened = db;
            String author = db.read(c -> Meta.get(c, Meta.CURRENT_AUTHOR)).orElseGet(WorkspaceOpener::systemUser);
            Revision last = opened.read(c -> Meta.get(c, Meta.LAST_REVISION)).map(Revision::parse).orElse(null);
            return new Workspace(db, lock, clock, author, last);
        } catch (SQLException | RuntimeException e) {
            if (db != null) {
                db.close();
            }
            lock.close();
            throw e instanceof WorkspaceException we ? we : new WorkspaceException(Reason.IO,
                    "无法打开工作区 (cannot open the workspace " + file + "): " + e.getMessage(), e);
        }
    }

    static Workspace create(Path file, CampaignSource.Loaded loaded, String inspector, Clock clock) {
        if (Files.exists(file)) {
            throw new WorkspaceException(Reason.ALREADY_EXISTS, "“" + file + "” 已存在 (already exists): "
                    + "choose another file name, or open it without init. It was not changed.");
        }
        CampaignSetup.check(loaded);
        String author = authorId(loaded.campaign(), inspector == null || inspector.isBlank() ? systemUser() : inspector);
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WorkspaceException(Reason.IO, "无法创建文件夹 (cannot create the folder of " + file + "): "
                    + e.getMessage(), e);
        }
        WorkspaceLock lock = WorkspaceLock.acquire(file);
        Db db = null;
        try {
            db = Db.openReadWrite(file);
            HybridClock hlc = new HybridClock(clock, null);
            db.inTransaction(c -> {
                Migrations.migrate(c, 0, Migrations.LATEST);
                Instant now = clock.instant();
                Meta.put(c, Meta.WORKSPACE_ID, UUID.randomUUID().toString());
                Meta.put(c, Meta.CREATED_AT, now.toString());
                Meta.put(c, Meta.CREATED_WITH, PROGRAM);
                Action a = new Action(c, author, Action.Kind.DO, "创建工作区 create workspace from " + loaded.origin(),
                        now, hlc, null);
                CampaignSetup.write(a, loaded);
                inspector(c, inspector == null || inspector.isBlank() ? author : inspector);
                Meta.put(c, Meta.CURRENT_AUTHOR, author);
                Meta.put(c, Meta.LAST_REVISION, hlc.last(author).toString());
                return null;
            });
            return new Workspace(db, lock, clock, author, hlc.last(author));
        } catch (SQLException | RuntimeException e) {
            if (db != null) {
                db.close();
            }
            deleteQuietly(file);
            lock.close();
            throw e instanceof WorkspaceException we ? we : new WorkspaceException(Reason.IO,
                    "无法创建工作区 (cannot create the workspace " + file + "): " + e.getMessage(), e);
        }
    }

    /** Opens the workspace, creating it from the bundled sample campaign when there is none yet. */
    static Workspace openOrCreate(Path file, Clock clock) {
        if (Files.exists(file)) {
            return open(file, clock);
        }
        return create(file, CampaignSource.loadSample(), systemUser(), clock);
    }

    /** The inspector with this id or name; one not in the campaign is added under that name. */
    static Inspector inspector(Connection c, String nameOrId) throws SQLException {
        var found = Sql.one(c, "SELECT id, name FROM inspector WHERE id = ? OR name = ? ORDER BY id = ? DESC LIMIT 1",
                rs -> new Inspector(rs.getString(1), rs.getString(2)), nameOrId, nameOrId, nameOrId);
        if (found.isPresent()) {
            Meta.put(c, Meta.CURRENT_AUTHOR, found.get().id());
            return found.get();
        }
        Sql.update(c, "INSERT INTO inspector (id, name) VALUES (?, ?)", nameOrId, nameOrId);
        Meta.put(c, Meta.CURRENT_AUTHOR, nameOrId);
        return new Inspector(nameOrId, nameOrId);
    }

    private static String authorId(CampaignFile campaign, String nameOrId) {
        if (campaign.inspectors() != null) {
            for (CampaignFile.InspectorEntry i : campaign.inspectors()) {
                if (i.id().equals(nameOrId)) {
                    return i.id();
                }
            }
            for (CampaignFile.InspectorEntry i : campaign.inspectors()) {
                if (i.name().equals(nameOrId)) {
                    return i.id();
                }
            }
        }
        return nameOrId;
    }

    static String systemUser() {
        String user = System.getProperty("user.name");
        return user == null || user.isBlank() ? "inspector" : user;
    }

    private static void deleteQuietly(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException ignored) {
                // a half-created file that cannot be deleted is reported by the next open
            }
        }
    }
}
