package org.inspectorbench.ui.adapter;

import org.inspectorbench.json.Json;
import org.inspectorbench.sampling.SampleDraw;
import org.inspectorbench.store.SamplingDraw;
import org.inspectorbench.store.Workspace;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A draw made in the workbench must be one the office can redraw (docs/sampling.md). */
class WorkspaceStoreSamplingTest {

    @Test
    void aWorkbenchDrawIsStoredAsTheDocumentedDrawAndReproduces(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("w.inspector");
        Workspace.create(file, Path.of("sample-data/campaigns/mianyang-2022.json"), "张三").close();
        List<String> candidates = List.of("文件一", "文件二", "文件三", "文件四", "文件五", "文件六");
        try (Workspace ws = Workspace.open(file)) {
            WorkspaceStore store = new WorkspaceStore(ws);
            var shown = store.drawSample("涪城区", "政府网站/发布解读/解读比例", "1", candidates, 3);

            SamplingDraw stored = ws.samplingDraws("涪城区").get(0);
            SampleDraw draw = Json.mapper().readValue(stored.drawJson(), SampleDraw.class);
            assertTrue(draw.reproduces(), "the stored draw must redraw to the same sample");
            assertEquals(SampleDraw.ALGORITHM, draw.algorithm());
            assertEquals(shown.seed(), draw.seed());
            assertEquals(draw.drawnCandidates().stream().map(c -> c.label()).toList(), shown.drawn());
            assertEquals(3, shown.drawn().size());
            assertEquals(shown, store.lastDraw("涪城区", "政府网站/发布解读/解读比例", "1").orElseThrow());

            var all = store.drawSample("涪城区", "政府网站/办事服务/内容准确", "1", candidates.subList(0, 2), 5);
            assertEquals(candidates.subList(0, 2), all.drawn(), "不足N个的则检查全部");
        }
    }
}
