package org.inspectorbench.store;

import org.inspectorbench.json.Json;
import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.NewMediaFindings;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.scoring.VetoInput;
import org.inspectorbench.scoring.WebsiteFindings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FindingsExchangeTest {

    private static final LocalDate MONITORING = LocalDate.of(2022, 11, 25);

    @TempDir
    Path dir;
    Path shots;

    @BeforeEach
    void images() throws Exception {
        shots = Files.createDirectories(dir.resolve("shots"));
        Files.write(shots.resolve("shot1.png"), TestImages.png(640, 400, 1));
        Files.write(shots.resolve("shot2.jpg"), TestImages.encode(TestImages.picture(300, 500, 2), "jpeg"));
        Files.write(shots.resolve("copy-of-shot1.png"), TestImages.png(640, 400, 1));
        Files.writeString(shots.resolve("fake.png"), "this is text, not a picture");
    }

    private static FindingInput f(String id, String item, String rule, Integer count, String value, String account,
                                  String... evidence) {
        return new FindingInput(id, item, rule, count, value, "备注 " + item, account,
                evidence.length == 0 ? null : List.of(evidence));
    }

    private FindingsInput sample(List<FindingInput> extraUnitFindings) {
        List<FindingInput> fucheng = new ArrayList<>(List.of(
                f("f1", "政务公开/依申请公开", "1", 2, null, null, "shot1.png", "shot2.jpg")));
        fucheng.addAll(extraUnitFindings);
        return new FindingsInput(MONITORING, List.of(
                new UnitFindings("涪城区", "县市区", List.of(), fucheng,
                        List.of(new WebsiteFindings("涪城区人民政府", List.of(
                                f("11111111-2222-3333-4444-555555555555", "政府网站/信息公开/动态要闻", "1", null,
                                        "2022-10-01", null, "copy-of-shot1.png")),
                                List.of(new VetoInput("政府网站/首页不更新", "1", "首页三周未更新")))),
                        new NewMediaFindings(List.of(f(null, "政务新媒体/内容建设/信息更新", "1", 1, null, "涪城发布")),
                                List.of())),
                new UnitFindings("市发展改革委", null, null, List.of(),
                        List.of(new WebsiteFindings("信用中国(四川绵阳)", List.of(
                                f(null, "政府网站/信息公开/动态要闻", "2", 3, null, null)), List.of())),
                        new NewMediaFindings(List.of(), List.of(new VetoInput("政务新媒体/内容不更新", null, null))))));
    }

    @Test
    void importsEverythingAndExportsItLosslessly() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            ImportResult r = ws.importFindings(sample(List.of()), shots, "import");
            assertEquals(new ImportResult(6, 0, 0, 2, 1, 2, List.of()), r, "shot1 and its copy are one image");
            List<Finding> fucheng = ws.findings("涪城区");
            assertEquals(4, fucheng.size());
            assertEquals(2, ws.evidence().ofUnit("涪城区").stream().filter(e -> e.findingId()
                    .equals(FindingsImport.normalisedId("f1"))).count());

            FindingsInput exported = ws.toFindingsInput();
            String json = Json.mapper().writeValueAsString(exported);
            UnitFindings u = exported.units().get(0);
            assertEquals(FindingsImport.normalisedId("f1"), u.findings().get(0).id(), "ids are kept (a hand-written id maps to a fixed UUID)");
            assertEquals(2, u.findings().get(0).count());
            assertEquals("2022-10-01", u.websites().get(0).findings().get(0).value());
            assertEquals("首页三周未更新", u.websites().get(0).vetoes().get(0).note());
            assertEquals("涪城发布", u.newMedia().findings().get(0).account());
            assertEquals(3, exported.units().size(), "every unit of the campaign is listed");
            assertEquals(2, exported.units().get(1).websites().size(), "and every website of a unit");

            // Round trip: export -> import into a fresh workspace -> export gives the same file.
            Path out = dir.resolve("export.json");
            Files.writeString(out, json);
            Path other = dir.resolve("other");
            try (Workspace ws2 = Workspace.create(other.resolve("ws.inspector"),
                    TestWorkspaces.campaign(other.resolve("campaign")), "李四")) {
                Path exportedShots = Files.createDirectories(dir.resolve("exported-shots"));
                for (EvidenceItem e : ws.evidence().ofUnit("涪城区")) {
                    Files.write(exportedShots.resolve(FindingsExport.fileName(e.meta().sha256(), e.meta().format())),
                            ws.evidence().image(e.meta().sha256()));
                }
                ws2.importFindings(Json.mapper().readValue(out.toFile(), FindingsInput.class), exportedShots, "import");
                assertEquals(json, Json.mapper().writeValueAsString(ws2.toFindingsInput()));
            }

            // Importing the export into the same workspace changes nothing (images named by hash are found).
            int history = ws.history(null).size();
            ImportResult again = ws.importFindings(Json.mapper().readValue(json, FindingsInput.class), null, "again");
            assertEquals(6, again.unchanged());
            assertEquals(0, again.added() + again.updated());
            assertEquals(history, ws.history(null).size());
            assertEquals(json, Json.mapper().writeValueAsString(ws.toFindingsInput()));
        }
    }

    @Test
    void theSameImageUnderManyNamesInOneImportIsStoredOnceWhateverOrderTheWorkersFinishIn() throws Exception {
        byte[] png = TestImages.png(200, 150, 42);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            names.add("same" + i + ".png");
            Files.write(shots.resolve("same" + i + ".png"), png);
        }
        FindingsInput in = new FindingsInput(MONITORING, List.of(new UnitFindings("涪城区", null, null, List.of(
                new FindingInput("same-1", "政务公开/依申请公开", "1", 1, null, null, null, names.subList(0, 20)),
                new FindingInput("same-2", "政务公开/依申请公开", "2", null, null, null, null, names.subList(20, 40))),
                null, null)));
        try (Workspace ws = TestWorkspaces.create(dir)) {
            for (int round = 0; round < 3; round++) {
                ImportResult r = ws.importFindings(in, shots, "same image " + round);
                assertEquals(round == 0 ? 1 : 0, r.imagesStored());
            }
            assertEquals(2, ws.evidence().ofUnit("涪城区").size(), "one image, attached to each finding once");
            Finding f = ws.findings("涪城区").get(0);
            List<Path> files = names.stream().map(shots::resolve).toList();
            assertEquals(40, ws.evidence().attach(f.id(), files).size());
        }
    }

    @Test
    void aBadItemAtTheEndStoresNothing() {
        assertNothingStored(sample(List.of(f(null, "政务公开/没有这一项", "1", 1, null, null))), "没有这一项");
    }

    @Test
    void aMissingImageAtTheEndStoresNothing() {
        assertNothingStored(sample(List.of(f(null, "政务公开/依申请公开", "2", null, null, null, "gone.png"))), "gone.png");
    }

    @Test
    void aTextFileCalledPngAtTheEndStoresNothing() {
        assertNothingStored(sample(List.of(f(null, "政务公开/依申请公开", "2", null, null, null, "fake.png"))), "fake.png");
    }

    @Test
    void anEvidencePathOutsideTheFolderIsRefused() {
        assertNothingStored(sample(List.of(f(null, "政务公开/依申请公开", "2", null, null, null, "../secret.png"))),
                "../secret.png");
    }

    private void assertNothingStored(FindingsInput input, String named) {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            int history = ws.history(null).size();
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.importFindings(input, shots, "bad"));
            assertTrue(e.getMessage().contains(named), e.getMessage());
            for (Unit u : ws.units()) {
                assertEquals(List.of(), ws.findingsWithTombstones(u.name()));
                assertEquals(List.of(), ws.evidence().ofUnit(u.name()));
            }
            assertEquals(history, ws.history(null).size());
            assertTrue(ws.evidence().meta(org.inspectorbench.evidence.EvidenceImage.sha256(
                    TestImages.png(640, 400, 1))).isEmpty(), "no image of the aborted import was kept");
            assertTrue(!ws.canUndo());
        }
    }

    @Test
    void aFindingsFileOfAnotherCampaignIsRefused() {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            FindingsInput other = new FindingsInput(LocalDate.of(2023, 11, 25), List.of());
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.importFindings(other, shots, "x"));
            assertTrue(e.getMessage().contains("2023-11-25"), e.getMessage());
        }
    }

    @Test
    void theExportReadsAsTheScoreCommandsFindingsFormat() throws Exception {
        try (Workspace ws = TestWorkspaces.create(dir)) {
            ws.importFindings(sample(List.of()), shots, "import");
            byte[] json = Json.mapper().writeValueAsBytes(ws.toFindingsInput());
            FindingsInput back = Json.mapper().readValue(new String(json, StandardCharsets.UTF_8), FindingsInput.class);
            assertEquals(ws.toFindingsInput(), back);
        }
    }
}
