package org.inspectorbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * 附件4 #20 ("承担督促指导的市级部门开展督促检查相关工作的图片、简报等证明材料") is asked of the 市级部门 that the
 * office tags 督促指导: the rubric knows that tag (its rule 政务公开/…/4), so a units list may carry it.
 */
class GuidanceMaterialTest {

    @TempDir
    Path dir;

    @Test
    void aDepartmentTaggedWithAGuidanceTaskOwesMaterial20AndNoOtherUnitDoes() throws Exception {
        Path data = dir.resolve("sample-data");
        for (String f : List.of("campaigns/mianyang-2022.json", "rubrics/mianyang-2022.json")) {
            Files.createDirectories(data.resolve(f).getParent());
            Files.copy(Path.of("sample-data").resolve(f), data.resolve(f));
        }
        Files.createDirectories(data.resolve("units"));
        String units = Files.readString(Path.of("sample-data/units/mianyang-2022-units.json"));
        String tagged = units.replace("{ \"name\": \"市民政局\", \"kind\": \"市级部门\", \"tags\": []",
                "{ \"name\": \"市民政局\", \"kind\": \"市级部门\", \"tags\": [\"督促指导\"]");
        assertTrue(!tagged.equals(units), "the units file names 市民政局");
        Files.writeString(data.resolve("units/mianyang-2022-units.json"), tagged);

        try (Workspace ws = Workspace.create(dir.resolve("ws.inspector"), data.resolve("campaigns/mianyang-2022.json"),
                "张三")) {
            Map<String, List<MaterialStatus>> all = WorkspaceMaterials.of(ws).all();
            assertEquals(MaterialState.MISSING, state(all.get("市民政局"), 20), "due from the tagged department");
            assertEquals(11, all.get("市民政局").stream().filter(s -> s.state() != MaterialState.NOT_APPLICABLE).count());
            assertEquals(MaterialState.NOT_APPLICABLE, state(all.get("市发展改革委"), 20));
            assertEquals(MaterialState.NOT_APPLICABLE, state(all.get("涪城区"), 20));
            assertTrue(CampaignSetup.knownTags(ws.rubric()).contains("督促指导"));
        }
    }

    private static MaterialState state(List<MaterialStatus> list, int number) {
        return list.stream().filter(s -> s.material().number() == number).findFirst().orElseThrow().state();
    }
}
