package org.inspectorbench.ui.bundle;

import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import flow on a real workspace, without a window: preview writes nothing, import merges, cancel writes nothing. */
class BundleImportViewModelTest {

    @TempDir
    Path dir;

    private final Executor now = Runnable::run;
    private final List<List<String>> refreshed = new ArrayList<>();

    private BundleImportViewModel vm(BundleScenario s, Executor reader) {
        return new BundleImportViewModel(new WorkspaceBundles(s.office), reader, now, now,
                new BundleTexts(() -> Locale.SIMPLIFIED_CHINESE), refreshed::add);
    }

    private static Map<String, List<String>> dump(BundleScenario s) {
        return BundleTx.read(s.office, BundleTx::canonicalRows);
    }

    @Test
    void thePreviewShowsAuthorSignatureAndPerUnitCountsAndWritesNothingUntilImport() throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            Finding f = s.finding(2, "两件逾期");
            Path good = s.export("zs-1.inspbundle");
            Path broken = dir.resolve("broken.inspbundle");
            Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0});
            Map<String, List<String>> before = dump(s);
            BundleImportViewModel vm = vm(s, now);

            vm.preview(List.of(good, broken));
            assertEquals(BundleImportViewModel.Phase.PREVIEWED, vm.phaseProperty().get());
            assertEquals(before, dump(s), "a preview writes nothing");
            BundlePreview p = vm.previews().get(0);
            assertTrue(p.accepted());
            assertEquals("张三", p.author());
            assertTrue(p.subject().contains("CN=张三"), p.subject());
            assertFalse(p.trusted());
            BundlePreview.UnitCounts fc = p.units().stream().filter(u -> u.unit().equals("涪城区")).findFirst().orElseThrow();
            assertEquals(1, fc.recordsNew(), "the finding");
            assertEquals(1, fc.evidenceNew(), "its attachment");
            assertEquals(1, p.newImages());
            BundlePreview refused = vm.previews().get(1);
            assertFalse(refused.accepted());
            assertFalse(refused.refusal().isBlank());
            assertTrue(vm.canImportProperty().get());

            vm.importAccepted();
            assertEquals(BundleImportViewModel.Phase.IMPORTED, vm.phaseProperty().get(), vm.messageProperty().get());
            assertEquals(2, s.office.finding(f.id()).orElseThrow().count());
            assertEquals(List.of(List.of("涪城区")), refreshed, "the main window re-reads the unit");
            assertTrue(vm.messageProperty().get().contains("新增 2 条"), vm.messageProperty().get());

            BundleImportViewModel again = vm(s, now);
            again.preview(List.of(good));
            assertTrue(again.previews().get(0).alreadyImported());
            assertFalse(again.canImportProperty().get(), "nothing to import the second time");
        }
    }

    @Test
    void cancellingTheVerificationOrThePreviewWritesNothing() throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            s.finding(1, null);
            Path good = s.export("zs-1.inspbundle");
            Map<String, List<String>> before = dump(s);
            List<Runnable> queued = new ArrayList<>();
            BundleImportViewModel vm = vm(s, queued::add);
            vm.preview(List.of(good));
            assertEquals(BundleImportViewModel.Phase.VERIFYING, vm.phaseProperty().get());
            vm.cancel();
            queued.forEach(Runnable::run);
            assertEquals(BundleImportViewModel.Phase.CANCELLED, vm.phaseProperty().get());
            assertTrue(vm.previews().isEmpty(), "a cancelled verification's results are dropped");

            BundleImportViewModel shown = vm(s, now);
            shown.preview(List.of(good));
            shown.cancel();
            shown.importAccepted();
            assertEquals(BundleImportViewModel.Phase.CANCELLED, shown.phaseProperty().get());
            assertEquals(before, dump(s));
            assertTrue(refreshed.isEmpty());
        }
    }

    @Test
    void aConflictIsCountedPerUnitInThePreview() throws Exception {
        try (BundleScenario s = new BundleScenario(dir)) {
            Finding f = s.finding(2, "初查");
            org.inspectorbench.bundle.BundleImport.apply(s.office,
                    org.inspectorbench.bundle.VerifiedBundle.open(s.export("zs-1.inspbundle"), null));
            s.office.putFinding(org.inspectorbench.store.FindingDraft.of(s.office.finding(f.id()).orElseThrow()).withCount(5));
            s.laptop.putFinding(org.inspectorbench.store.FindingDraft.of(s.laptop.finding(f.id()).orElseThrow()).withNote("复查"));
            BundleImportViewModel vm = vm(s, now);
            vm.preview(List.of(s.export("zs-2.inspbundle")));
            BundlePreview.UnitCounts fc = vm.previews().get(0).units().get(0);
            assertEquals("涪城区", fc.unit());
            assertEquals(1, fc.recordsConflict());
            vm.importAccepted();
            assertTrue(vm.messageProperty().get().contains("冲突 1 条"), vm.messageProperty().get());
            assertEquals(1, org.inspectorbench.bundle.Conflicts.list(s.office).size());
        }
    }
}
