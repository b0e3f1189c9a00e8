package org.inspectorbench.ui.health;

import org.inspectorbench.store.TestWorkspaces;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceHealth;
import org.inspectorbench.ui.adapter.WorkspaceBackend;
import org.inspectorbench.ui.common.I18n;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The start-up decision and flow without a window: what is asked, in which order, and what is written. */
class StartupFlowTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 26);

    @TempDir
    Path dir;

    /** Records what the flow asked and answers as told. */
    static final class Prompts implements StartupPrompts {
        final List<String> asked = new ArrayList<>();
        BackupAnswer answer = BackupAnswer.BACKUP;
        boolean createOnWelcome = true;
        Integer versionWhenAsked;
        String refusalText;

        @Override
        public boolean welcome(Path file) {
            asked.add("welcome");
            if (createOnWelcome) {
                Workspace.create(file, TestWorkspaces.campaign(file.getParent().resolve("campaign")), "张三").close();
            }
            return createOnWelcome;
        }

        @Override
        public BackupAnswer askBackup(StartupDecision.OfferBackup offer) {
            asked.add("backup?");
            versionWhenAsked = userVersion(offer.file());
            return answer;
        }

        @Override
        public void refuse(StartupDecision.Refuse refusal) {
            asked.add("refused");
            refusalText = StartupTexts.refusal(refusal, new I18n(I18n.ENGLISH));
        }

        @Override
        public void failed(String headerKey, Path file, String message) {
            asked.add("failed " + headerKey + ": " + message);
        }

        @Override
        public void status(String key, Object... args) {
            asked.add(key);
        }

        @Override
        public void offerBundle(Path file) {
        }
    }

    static int userVersion(Path file) {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
             ResultSet rs = c.createStatement().executeQuery("PRAGMA user_version")) {
            return rs.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** A real workspace taken back to schema 4 (version 5 only added tables): opening it migrates it. */
    private Path olderWorkspace() throws Exception {
        Path file;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            file = ws.file();
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            for (String t : new String[]{"material_file", "material_receipt", "material_blob", "material_catalog",
                    "unit_completion"}) {
                c.createStatement().executeUpdate("DROP TABLE " + t);
            }
            c.createStatement().executeUpdate("PRAGMA user_version = 4");
        }
        return file;
    }

    private StartupFlow flow(Path requested, Path defaultFile) {
        return new StartupFlow(new WorkspaceBackend(), requested, defaultFile, DAY,
                f -> WorkspaceHealth.check(f, WorkspaceHealth.Depth.QUICK));
    }

    @Test
    void decisionsFirstRunOpenBackupRefuse() throws Exception {
        Path missingDefault = dir.resolve("data/workspace.inspector");
        assertInstanceOf(StartupDecision.FirstRun.class, StartupCheck.decide(null, missingDefault, DAY));
        StartupDecision named = StartupCheck.decide(dir.resolve("typo.inspector"), missingDefault, DAY);
        assertInstanceOf(StartupDecision.Refuse.class, named, "a named workspace is never created silently");
        assertFalse(((StartupDecision.Refuse) named).damaged());

        Path old = olderWorkspace();
        StartupDecision offer = StartupCheck.decide(null, old, DAY);
        assertEquals(new StartupDecision.OfferBackup(old, 4, 5, dir.resolve("ws-backup-2026-11-26.inspector")), offer);

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + old)) {
            c.createStatement().executeUpdate("PRAGMA user_version = 5");
        }
        assertEquals(new StartupDecision.Open(old), StartupCheck.decide(old, missingDefault, DAY));

        Files.write(dir.resolve("ws-backup-2026-11-20.inspector"), new byte[]{1});
        byte[] bytes = Files.readAllBytes(old);
        for (int i = 4096; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(old, bytes);
        Files.deleteIfExists(old.resolveSibling("ws.inspector-wal"));
        StartupDecision damaged = StartupCheck.decide(old, missingDefault, DAY);
        assertInstanceOf(StartupDecision.Refuse.class, damaged);
        StartupDecision.Refuse r = (StartupDecision.Refuse) damaged;
        assertTrue(r.damaged());
        assertEquals(List.of(dir.resolve("ws-backup-2026-11-20.inspector")), r.backups());
        String text = StartupTexts.refusal(r, new I18n(I18n.ENGLISH));
        assertTrue(text.contains("copy the newest backup\n" + dir.resolve("ws-backup-2026-11-20.inspector")), text);
        assertTrue(text.contains("inspector workspace check --workspace"), text);
    }

    @Test
    void quittingAtTheBackupQuestionLeavesTheOlderWorkspaceUntouched() throws Exception {
        Path old = olderWorkspace();
        byte[] before = Files.readAllBytes(old);
        Prompts p = new Prompts();
        p.answer = StartupPrompts.BackupAnswer.QUIT;
        assertEquals(Optional.empty(), flow(old, dir.resolve("none")).run(p));
        assertEquals(List.of("backup?"), p.asked);
        assertEquals(4, userVersion(old));
        assertArrayEquals(before, Files.readAllBytes(old));
        assertFalse(Files.exists(dir.resolve("ws-backup-2026-11-26.inspector")));
    }

    @Test
    void backingUpHappensBeforeTheMigrationAndTheBackupKeepsTheOldVersion() throws Exception {
        Path old = olderWorkspace();
        Prompts p = new Prompts();
        Optional<StartupFlow.Opened> opened = flow(old, dir.resolve("none")).run(p);
        assertTrue(opened.isPresent(), p.asked.toString());
        try {
            assertEquals(4, p.versionWhenAsked, "nothing is migrated before the user has answered");
            assertEquals(List.of("backup?", "startup.backingUp", "app.loading"), p.asked);
            Path backup = dir.resolve("ws-backup-2026-11-26.inspector");
            assertEquals(4, userVersion(backup), "the backup is the workspace as it was before the migration");
            assertEquals(5, userVersion(old));
            assertEquals(3, opened.get().store().units().size());
        } finally {
            opened.get().store().close();
        }
    }

    @Test
    void continuingWithoutABackupMigratesAndADamagedFileIsRefusedWithoutOpening() throws Exception {
        Path old = olderWorkspace();
        Prompts p = new Prompts();
        p.answer = StartupPrompts.BackupAnswer.CONTINUE;
        flow(old, dir.resolve("none")).run(p).orElseThrow().store().close();
        assertEquals(5, userVersion(old));
        assertFalse(Files.exists(dir.resolve("ws-backup-2026-11-26.inspector")));

        Path noise = dir.resolve("noise.inspector");
        Files.writeString(noise, "not a workspace");
        Prompts q = new Prompts();
        assertEquals(Optional.empty(), flow(noise, dir.resolve("none")).run(q));
        assertEquals(List.of("refused"), q.asked);
        assertTrue(q.refusalText.contains("not a SQLite database"), q.refusalText);
        assertEquals("not a workspace", Files.readString(noise));
    }

    @Test
    void theFirstRunWelcomeCreatesTheDefaultWorkspaceWhichIsThenOpened() {
        Path defaultFile = dir.resolve("data/workspace.inspector");
        Prompts closed = new Prompts();
        closed.createOnWelcome = false;
        assertEquals(Optional.empty(), flow(null, defaultFile).run(closed));
        assertFalse(Files.exists(defaultFile));

        Prompts p = new Prompts();
        StartupFlow.Opened opened = flow(null, defaultFile).run(p).orElseThrow();
        try {
            assertEquals(List.of("welcome", "app.loading"), p.asked);
            assertEquals(3, opened.store().units().size());
        } finally {
            opened.store().close();
        }
    }
}
