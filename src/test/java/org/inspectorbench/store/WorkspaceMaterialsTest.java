package org.inspectorbench.store;

import org.inspectorbench.SeedSpam;
import org.inspectorbench.evidence.EvidenceImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceMaterialsTest {

    private static final Path SAMPLE = Path.of("sample-data/campaigns/mianyang-2022.json");

    @TempDir
    Path dir;

    private Workspace sample() {
        return Workspace.create(dir.resolve("ws.inspector"), SAMPLE, "张三");
    }

    @Test
    void theSampleListHasThe20MaterialsOf附件4AndEverySupportedItemIsInTheRubric() {
        try (Workspace ws = sample()) {
            MaterialCatalog c = WorkspaceMaterials.of(ws).catalog();
            assertEquals(20, c.materials().size());
            assertEquals(List.of(), c.unknownItems(ws.rubricIndex()));
            assertTrue(c.deadlineText().contains("逾期未报的,视为未开展相关工作"));
            assertEquals(List.of(11, 12, 13), c.supporting("政务公开/依申请公开").stream().map(Material::number).toList());
            assertEquals(List.of(), c.supporting("政府网站/信息公开/机构职能"));
            for (Material m : c.materials()) {
                assertFalse(SeedSpam.isIn(m.text()), "the spam string stands for 绵阳市 and never appears");
            }
        }
    }

    @Test
    void whatIsAskedOfAUnitDependsOnItsKindAndTags() {
        try (Workspace ws = sample()) {
            Map<String, List<MaterialStatus>> all = WorkspaceMaterials.of(ws).all();
            assertEquals(49, all.size());
            assertEquals(19, due(all.get("涪城区")), "县市区: 1-19, not the departments' #20");
            assertEquals(19, due(all.get("高新区")));
            assertEquals(10, due(all.get("市发展改革委")), "市级部门 without a guidance task: 4-13");
            Material guidance = WorkspaceMaterials.of(ws).catalog().material(20).orElseThrow();
            assertTrue(guidance.appliesTo("市级部门", List.of("督促指导")));
            assertFalse(guidance.appliesTo("县市区", List.of("督促指导")));
            assertTrue(all.get("涪城区").stream().filter(s -> s.state() != MaterialState.NOT_APPLICABLE)
                    .allMatch(s -> s.state() == MaterialState.MISSING));
        }
    }

    private static long due(List<MaterialStatus> list) {
        return list.stream().filter(s -> s.state() != MaterialState.NOT_APPLICABLE).count();
    }

    @Test
    void receivedOnOrBeforeTheDeadlineIsOnTimeAfterItCountsAsMissing() throws Exception {
        Path scan = Files.write(dir.resolve("方案.pdf"), new byte[] {1, 2, 3});
        try (Workspace ws = sample()) {
            WorkspaceMaterials m = WorkspaceMaterials.of(ws);
            MaterialStatus onDeadline = m.receive("涪城区", 14, LocalDate.of(2022, 11, 25), List.of(scan), null);
            assertEquals(MaterialState.ON_TIME, onDeadline.state());
            assertEquals(List.of("方案.pdf"), onDeadline.files().stream().map(MaterialFile::name).toList());
            assertArrayEquals(new byte[] {1, 2, 3}, m.file(EvidenceImage.sha256(new byte[] {1, 2, 3})));
            MaterialStatus late = m.receive("涪城区", 15, LocalDate.of(2022, 11, 26), List.of(), "补报");
            assertEquals(MaterialState.LATE, late.state());
            assertFalse(late.state().countsAsReceived());
            assertTrue(late.state().outstanding());
            // Recording again corrects the date and keeps the files.
            MaterialStatus corrected = m.receive("涪城区", 14, LocalDate.of(2022, 12, 1), List.of(), null);
            assertEquals(MaterialState.LATE, corrected.state());
            assertEquals(1, corrected.files().size());
            assertTrue(ws.history("涪城区").stream().anyMatch(h -> h.label().contains("收到佐证材料 #15")));
        }
        try (Workspace ws = Workspace.open(dir.resolve("ws.inspector"))) {
            List<MaterialStatus> list = WorkspaceMaterials.of(ws).of("涪城区");
            assertEquals(LocalDate.of(2022, 12, 1), list.get(13).receivedOn());
            assertEquals("补报", list.get(14).note());
            assertNull(list.get(15).receivedOn());
        }
    }

    @Test
    void aMissingFileAnUnknownMaterialOrUnitRecordNothing() {
        try (Workspace ws = sample()) {
            WorkspaceMaterials m = WorkspaceMaterials.of(ws);
            WorkspaceException noFile = assertThrows(WorkspaceException.class, () -> m.receive("涪城区", 1,
                    LocalDate.of(2022, 11, 1), List.of(dir.resolve("nope.pdf")), null));
            assertTrue(noFile.getMessage().contains("nope.pdf"), noFile.getMessage());
            WorkspaceException noMaterial = assertThrows(WorkspaceException.class,
                    () -> m.receive("涪城区", 21, LocalDate.of(2022, 11, 1), List.of(), null));
            assertTrue(noMaterial.getMessage().contains("no material 21"), noMaterial.getMessage());
            WorkspaceException noUnit = assertThrows(WorkspaceException.class,
                    () -> m.receive("涪城", 1, LocalDate.of(2022, 11, 1), List.of(), null));
            assertTrue(noUnit.getMessage().contains("涪城区"), "suggests the closest name: " + noUnit.getMessage());
            assertTrue(m.of("涪城区").stream().allMatch(s -> s.receivedOn() == null));
        }
    }

    @Test
    void progressIsNotStartedInProgressOrDeclaredComplete() {
        try (Workspace ws = sample()) {
            WorkspaceProgress p = WorkspaceProgress.of(ws);
            assertTrue(p.units().stream().allMatch(u -> u.state() == UnitProgress.State.NOT_STARTED));
            ws.putFinding(FindingDraft.rule("涪城区", "政府网站/信息公开/机构职能", "1"));
            UnitProgress fucheng = p.units().get(0);
            assertEquals(UnitProgress.State.IN_PROGRESS, fucheng.state());
            assertEquals(1, fucheng.findings());
            assertEquals(1, fucheng.findingsWithoutEvidence());
            assertEquals(List.of("zhangsan"), fucheng.inspectors());
            assertTrue(p.complete("涪城区"));
            assertFalse(p.complete("涪城区"));
            assertEquals(UnitProgress.State.DONE, p.units().get(0).state());
            assertEquals("zhangsan", p.units().get(0).completedBy());
            assertTrue(p.reopen("涪城区"));
            assertEquals(UnitProgress.State.IN_PROGRESS, p.units().get(0).state());
        }
    }
}
