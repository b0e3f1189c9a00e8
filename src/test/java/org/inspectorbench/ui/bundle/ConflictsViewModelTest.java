package org.inspectorbench.ui.bundle;

import org.inspectorbench.bundle.Conflicts;
import org.inspectorbench.store.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The conflicts view model on a real office workspace with one conflict, without a window. */
class ConflictsViewModelTest {

    @TempDir
    Path dir;

    private final Executor now = Runnable::run;
    private final List<String> reloaded = new ArrayList<>();

    private ConflictsViewModel vm(BundleScenario s) {
        ConflictsViewModel vm = new ConflictsViewModel(new WorkspaceBundles(s.office), now, now, now,
                new BundleTexts(() -> Locale.SIMPLIFIED_CHINESE), reloaded::add);
        vm.refresh();
        return vm;
    }

    @Test
    void bothVersionsSideBySideWithTheProvisionalWinnerAndTheEvidence() throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            s.conflict();
            ConflictsViewModel vm = vm(s);
            assertEquals(1, vm.rows().size());
            ConflictsViewModel.Row row = vm.rows().get(0);
            assertEquals("涪城区", row.unit());
            assertTrue(row.what().contains("政务公开/依申请公开"), row.what());
            assertTrue(row.inspectors().contains("张三"), row.inspectors());
            assertNotNull(vm.selectedProperty().get(), "the first conflict is shown");
            ConflictsViewModel.FieldRow count = field(vm, "count");
            ConflictsViewModel.FieldRow note = field(vm, "note");
            assertTrue(count.differs() && note.differs());
            assertFalse(field(vm, "item").differs());
            assertEquals(List.of("2", "5"), List.of(count.left(), count.right()).stream().sorted().toList());
            assertTrue(vm.leftProperty().get().winner() ^ vm.rightProperty().get().winner(), "one side is the winner");
            assertEquals(1, vm.thumbnailsProperty().get().size(), "the finding's screenshot");
            ConflictsViewModel.SideInfo zs = vm.leftProperty().get().author().equals("张三") ? vm.leftProperty().get()
                    : vm.rightProperty().get();
            assertTrue(zs.bundles().get(0).startsWith("张三: "), "the bundle it came from: " + zs.bundles());
        }
    }

    @Test
    void takingASideResolvesItAsANewRevision() throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            Finding f = s.conflict();
            ConflictsViewModel vm = vm(s);
            String rightCount = field(vm, "count").right();
            String rightNote = field(vm, "note").right();
            vm.takeRight();
            assertTrue(vm.rows().isEmpty());
            assertTrue(Conflicts.list(s.office).isEmpty());
            Finding resolved = s.office.finding(f.id()).orElseThrow();
            assertEquals(rightCount, String.valueOf(resolved.count()));
            assertEquals(rightNote, resolved.note());
            assertEquals(List.of("涪城区"), reloaded);
        }
    }

    @Test
    void aMergedValueTakesTheOfficeCountAndTheInspectorsNote() throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            Finding f = s.conflict();
            ConflictsViewModel vm = vm(s);
            vm.merged("count").set("4");
            vm.merged("note").set("复查: 三件逾期(复核)");
            vm.noteProperty().set("按复核结果");
            vm.takeMerged();
            Finding resolved = s.office.finding(f.id()).orElseThrow();
            assertEquals(4, resolved.count());
            assertEquals("复查: 三件逾期(复核)", resolved.note());
            assertTrue(Conflicts.list(s.office).isEmpty());

        }
    }

    @Test
    void aBadMergedValueIsRefusedWithAMessageAndTheConflictStays() throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            s.conflict();
            ConflictsViewModel vm = vm(s);
            vm.merged("count").set("三");
            vm.takeMerged();
            assertEquals(1, Conflicts.list(s.office).size());
            assertTrue(vm.statusProperty().get().contains("count"), vm.statusProperty().get());
            assertTrue(reloaded.isEmpty());
        }
    }

    private static ConflictsViewModel.FieldRow field(ConflictsViewModel vm, String name) {
        return vm.fields().stream().filter(r -> r.field().equals(name)).findFirst().orElseThrow();
    }
}
