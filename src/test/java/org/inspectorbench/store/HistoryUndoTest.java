package org.inspectorbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryUndoTest {

    private static final String ITEM = "政务公开/依申请公开";

    @TempDir
    Path dir;

    @Test
    void undoAndRedoWalkBackAndForthAcrossRestarts() {
        Path file = dir.resolve("ws.inspector");
        String id;
        try (Workspace ws = TestWorkspaces.create(dir)) {
            id = ws.putFinding(FindingDraft.rule("涪城区", ITEM, "1").withCount(1)).id();
            ws.putFinding(FindingDraft.of(ws.finding(id).orElseThrow()).withCount(2));
            ws.deleteFinding(id);
            assertTrue(ws.findings("涪城区").isEmpty());
        }
        try (Workspace ws = Workspace.open(file)) {
            assertTrue(ws.canUndo());
            assertTrue(ws.undo().isPresent());
            assertEquals(2, ws.finding(id).orElseThrow().count(), "undoing the delete brings count 2 back");
            assertFalse(ws.finding(id).orElseThrow().deleted());
        }
        try (Workspace ws = Workspace.open(file)) {
            ws.undo();
            assertEquals(1, ws.finding(id).orElseThrow().count());
            ws.undo();
            assertTrue(ws.finding(id).orElseThrow().deleted(), "undoing the creation leaves a tombstone");
            assertEquals(Optional.empty(), ws.undo(), "nothing more to undo");
        }
        try (Workspace ws = Workspace.open(file)) {
            assertTrue(ws.canRedo());
            ws.redo();
            assertEquals(1, ws.finding(id).orElseThrow().count());
            assertFalse(ws.finding(id).orElseThrow().deleted());
        }
        try (Workspace ws = Workspace.open(file)) {
            ws.redo();
            assertEquals(2, ws.finding(id).orElseThrow().count());
            ws.undo();
            assertEquals(1, ws.finding(id).orElseThrow().count(), "undo after redo takes the redo back");
            Finding f = ws.finding(id).orElseThrow();
            assertTrue(f.parent() != null && f.revision().compareTo(f.parent()) > 0,
                    "an undo is a new revision edited from the current one, so bundles carry it");
            List<HistoryEntry> history = ws.history("涪城区");
            assertEquals(List.of("do", "do", "do", "undo", "undo", "undo", "redo", "redo", "undo"),
                    history.stream().map(HistoryEntry::action).toList(), "the history only grows");
            assertNull(history.get(0).beforeJson());
        }
    }

    @Test
    void aNewActionEndsWhatCouldBeRedone() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            String id = ws.putFinding(FindingDraft.rule("涪城区", ITEM, "1").withCount(1)).id();
            ws.undo();
            assertTrue(ws.canRedo());
            ws.putFinding(FindingDraft.rule("涪城区", ITEM, "2"));
            assertFalse(ws.canRedo());
            assertTrue(ws.finding(id).orElseThrow().deleted());
        }
    }

    @Test
    void eachAuthorUndoesOnlyTheirOwnActions() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            String mine = ws.putFinding(FindingDraft.rule("涪城区", ITEM, "1")).id();
            ws.useInspector("李四");
            String theirs = ws.putFinding(FindingDraft.rule("市发展改革委", ITEM, "1")).id();
            assertEquals("lisi", ws.finding(theirs).orElseThrow().author());
            ws.undo();
            assertTrue(ws.finding(theirs).orElseThrow().deleted());
            assertFalse(ws.finding(mine).orElseThrow().deleted());
            assertEquals(Optional.empty(), ws.undo());
            ws.useInspector("zhangsan");
            ws.undo();
            assertTrue(ws.finding(mine).orElseThrow().deleted());
        }
    }

    @Test
    void anUndoThatWouldOverwriteSomeoneElsesEditIsRefusedAndChangesNothing() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            String id = ws.putFinding(FindingDraft.rule("涪城区", ITEM, "1").withCount(1)).id();
            ws.useInspector("李四");
            Finding theirs = ws.putFinding(FindingDraft.of(ws.finding(id).orElseThrow()).withCount(5));
            ws.useInspector("张三");
            int before = ws.history(null).size();
            WorkspaceException e = assertThrows(WorkspaceException.class, ws::undo);
            assertEquals(WorkspaceException.Reason.CONFLICT, e.reason());
            assertTrue(e.getMessage().contains("lisi"), e.getMessage());
            assertEquals(theirs, ws.finding(id).orElseThrow());
            assertEquals(before, ws.history(null).size());
        }
    }

    @Test
    void theHistoryCannotBeRewrittenEvenWithSql() throws SQLException {
        Path file = dir.resolve("ws.inspector");
        try (Workspace ws = TestWorkspaces.create(dir)) {
            ws.putFinding(FindingDraft.rule("涪城区", ITEM, "1"));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE history SET author = 'x'"));
            assertTrue(update.getMessage().contains("append-only"));
            assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM history"));
        }
    }

    @Test
    void listenersHearWhichUnitsAnActionTouched() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            List<WorkspaceChange> heard = new java.util.ArrayList<>();
            ws.addListener(heard::add);
            ws.putFinding(FindingDraft.rule("高新区", ITEM, "1"));
            ws.undo();
            assertEquals(2, heard.size());
            assertEquals(java.util.Set.of("高新区"), heard.get(0).units());
            assertEquals("undo", heard.get(1).action());
        }
    }
}
