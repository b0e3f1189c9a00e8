package org.inspectorbench.ui;

import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.session.EditOutcome;
import org.inspectorbench.ui.session.FindingKey;
import org.inspectorbench.ui.units.UnitRow;
import org.inspectorbench.ui.units.VerdictFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbench's view model without a window: same-thread executor, in-memory store. */
class WorkbenchViewModelTest {

    private FakeStore store;
    private WorkbenchViewModel vm;

    @BeforeEach
    void open() {
        store = new FakeStore();
        vm = new WorkbenchViewModel(store, FakeStore.scorer(), BackgroundTasks.sameThread());
        vm.load();
        vm.select(store.units.get(0));
    }

    private static FindingKey key(String item, String rule, String site) {
        return new FindingKey(item, rule, false, site, null);
    }

    @Test
    void loadingFillsTheUnitsListWithScores() {
        assertEquals(3, vm.units().rows().size());
        assertTrue(vm.readyProperty().get());
        assertEquals(0, new BigDecimal("100").compareTo(vm.units().rows().get(0).score().total()));
    }

    @Test
    void aSnapshotReadAtStartUpFillsTheListWithoutReadingAgain() {
        vm.setCount(key("政府网站/信息公开/机构职能", "2", "涪城区人民政府"), 1);
        WorkbenchViewModel.Snapshot read = WorkbenchViewModel.Snapshot.read(store, FakeStore.scorer());
        // Work that would reach the store again never runs: the snapshot is all the list needs.
        WorkbenchViewModel fresh = new WorkbenchViewModel(store, FakeStore.scorer(), new BackgroundTasks(
                work -> { throw new AssertionError("the preloaded list must not read the store"); }, Runnable::run,
                e -> { throw new AssertionError(e); }));
        assertFalse(fresh.readyProperty().get());

        fresh.load(read);

        assertTrue(fresh.readyProperty().get());
        assertEquals(3, fresh.units().rows().size());
        assertEquals(0, new BigDecimal("99.5").compareTo(fresh.units().rows().get(0).score().total()));
        assertEquals(1, fresh.units().rows().get(0).itemsTouched());
    }

    @Test
    void aCheckedRuleLowersTheScoreAtOnceAndIsStored() {
        vm.setHolds(key("政府网站/信息公开/概况信息", "1", "涪城区人民政府"), true);

        assertEquals(0, new BigDecimal("99").compareTo(vm.scoreProperty().get().total()));
        assertEquals(1, store.findings("涪城区").size());
        EditOutcome e = vm.lastEditProperty().get();
        assertEquals("-1 概况信息 (涪城区人民政府)", e.changes().get(0).text());
        assertEquals(0, new BigDecimal("99").compareTo(vm.units().rows().get(0).score().total()));
    }

    @Test
    void unCheckingDeletesTheFinding() {
        FindingKey k = key("政府网站/信息公开/概况信息", "1", "涪城区人民政府");
        vm.setHolds(k, true);
        vm.setHolds(k, false);
        assertTrue(store.findings("涪城区").isEmpty());
        assertEquals(0, new BigDecimal("100").compareTo(vm.scoreProperty().get().total()));
    }

    @Test
    void aCountPastTheCapDeductsOnlyTheCap() {
        // 机构职能 rule 2: 0.5 per occurrence, at most 1.
        vm.setCount(key("政府网站/信息公开/机构职能", "2", "涪城区人民政府"), 5);
        assertEquals(0, new BigDecimal("99").compareTo(vm.scoreProperty().get().total()));
        assertEquals(5, store.findings("涪城区").get(0).count());
    }

    @Test
    void aVetoMakesTheUnitFailAndShowsInTheVerdictFilter() {
        vm.setHolds(new FindingKey("政府网站/安全、泄密事故等严重问题", "2", true, "涪城区人民政府", null), true);
        assertTrue(vm.scoreProperty().get().vetoed());
        assertEquals("不合格", vm.scoreProperty().get().tier());
        vm.units().verdictProperty().set(VerdictFilter.VETOED);
        assertEquals(1, vm.units().visible().size());
        assertEquals("涪城区", vm.units().visible().get(0).name());
    }

    @Test
    void undoRestoresTheScoreAndRedoRedoesIt() {
        vm.setHolds(key("政府网站/信息公开/概况信息", "1", "涪城区人民政府"), true);
        vm.undo();
        assertEquals(0, new BigDecimal("100").compareTo(vm.scoreProperty().get().total()));
        assertEquals(EditOutcome.Kind.UNDO, vm.lastEditProperty().get().kind());
        vm.redo();
        assertEquals(0, new BigDecimal("99").compareTo(vm.scoreProperty().get().total()));
    }

    @Test
    void aNoteNeedsAFindingAndIsStoredWithIt() {
        FindingKey k = key("政府网站/信息公开/概况信息", "1", "涪城区人民政府");
        vm.setNote(k, "首页没有概况");
        assertTrue(store.findings("涪城区").isEmpty());
        vm.setHolds(k, true);
        vm.setNote(k, "首页没有概况");
        assertEquals("首页没有概况", store.findings("涪城区").get(0).note());
    }

    @Test
    void filtersCombineKindMineNotStartedAndSearch() {
        vm.setHolds(key("政府网站/信息公开/概况信息", "1", "涪城区人民政府"), true);
        vm.units().notStartedProperty().set(true);
        assertEquals(2, vm.units().visible().size());
        vm.units().mineProperty().set(true);
        assertEquals(0, vm.units().visible().size());
        vm.units().mineProperty().set(false);
        vm.units().kindProperty().set("园区");
        assertEquals(1, vm.units().visible().size());
        vm.units().kindProperty().set(null);
        vm.units().notStartedProperty().set(false);
        vm.units().searchProperty().set("发展");
        assertEquals("市发展改革委", vm.units().visible().get(0).name());
        UnitRow first = vm.units().rows().get(0);
        assertTrue(first.started());
        assertEquals(1, first.itemsTouched());
        assertFalse(vm.units().rows().get(1).started());
    }

    @Test
    void switchingUnitsForgetsTheLastEdit() {
        vm.setHolds(key("政府网站/信息公开/概况信息", "1", "涪城区人民政府"), true);
        vm.select(store.units.get(1));
        assertNull(vm.lastEditProperty().get());
        assertEquals("市发展改革委", vm.sessionProperty().get().unit().name());
    }

    @Test
    void anEditUpdatesItsRowWithoutChangingTheList() {
        java.util.List<String> changes = new java.util.ArrayList<>();
        vm.units().visible().addListener((javafx.collections.ListChangeListener<UnitRow>) c -> changes.add(c.toString()));
        UnitRow row = vm.units().rows().get(0);
        ScoreWatch watch = new ScoreWatch(row);

        vm.setHolds(key("政府网站/信息公开/概况信息", "1", "涪城区人民政府"), true);

        assertEquals(0, new BigDecimal("99").compareTo(row.score().total()));
        assertEquals(1, watch.changes);
        assertTrue(changes.isEmpty(), "the visible list did not change: " + changes);
    }

    @Test
    void aRowThatLeavesTheFilterIsHiddenAtOnce() {
        vm.units().notStartedProperty().set(true);
        assertEquals(3, vm.units().visible().size());

        vm.setHolds(key("政府网站/信息公开/概况信息", "1", "涪城区人民政府"), true);

        assertEquals(2, vm.units().visible().size());
        assertFalse(vm.units().visible().stream().anyMatch(r -> r.name().equals("涪城区")));
        vm.setHolds(key("政府网站/信息公开/概况信息", "1", "涪城区人民政府"), false);
        assertEquals(3, vm.units().visible().size());
    }

    /** Counts a row's score changes. */
    private static final class ScoreWatch {
        int changes;

        ScoreWatch(UnitRow row) {
            row.scoreProperty().addListener(o -> changes++);
        }
    }
}
