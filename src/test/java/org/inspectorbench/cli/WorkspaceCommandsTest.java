package org.inspectorbench.cli;

import org.inspectorbench.store.TestImages;
import org.inspectorbench.store.TestWorkspaces;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkspaceCommandsTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = InspectorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static final String FINDINGS = """
            { "monitoringDate": "2022-11-25", "units": [
              { "unit": "涪城区", "findings": [
                { "id": "a1b2c3d4-0000-4000-8000-000000000001", "item": "政务公开/依申请公开", "rule": "1", "count": 2,
                  "note": "两件逾期", "evidence": ["shot1.png"] } ],
                "websites": [ { "site": "涪城区人民政府", "findings": [
                  { "item": "政府网站/信息公开/动态要闻", "rule": "2", "count": 4 } ],
                  "vetoes": [ { "veto": "政府网站/首页不更新", "condition": "1" } ] } ] } ] }
            """;

    @Test
    void initImportExportHistoryUndoRedoFromTheCommandLine() throws Exception {
        Path ws = dir.resolve("w.inspector");
        Path campaign = TestWorkspaces.campaign(dir.resolve("campaign"));
        Run init = run("init", "--workspace", ws.toString(), "--campaign", campaign.toString(), "--inspector", "张三");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("3 个单位 units"), init.out());

        Path shots = Files.createDirectories(dir.resolve("shots"));
        Files.write(shots.resolve("shot1.png"), TestImages.png(400, 300, 1));
        Path findings = Files.writeString(dir.resolve("f.json"), FINDINGS);
        Run imp = run("findings", "import", "--workspace", ws.toString(), "--findings", findings.toString(),
                "--evidence-dir", shots.toString());
        assertEquals(0, imp.exit(), imp.err());
        assertTrue(imp.out().contains("3 条新增 added"), imp.out());

        Path export = dir.resolve("out/export.json");
        Path exportedShots = dir.resolve("out/shots");
        Run exp = run("findings", "export", "--workspace", ws.toString(), "--out", export.toString(),
                "--evidence-dir", exportedShots.toString());
        assertEquals(0, exp.exit(), exp.err());
        String exported = Files.readString(export);
        assertTrue(exported.contains("两件逾期") && exported.contains("a1b2c3d4-0000-4000-8000-000000000001"), exported);
        try (var files = Files.list(exportedShots)) {
            assertEquals(1, files.count());
        }

        // The export imports into a fresh workspace and exports to the same text.
        Path ws2 = dir.resolve("w2.inspector");
        assertEquals(0, run("init", "--workspace", ws2.toString(), "--campaign", campaign.toString(), "--inspector", "李四").exit());
        Run again = run("findings", "import", "--workspace", ws2.toString(), "--findings", export.toString(),
                "--evidence-dir", exportedShots.toString());
        assertEquals(0, again.exit(), again.err());
        Path export2 = dir.resolve("export2.json");
        run("findings", "export", "--workspace", ws2.toString(), "--out", export2.toString());
        assertEquals(exported, Files.readString(export2));

        String id = "a1b2c3d4-0000-4000-8000-000000000001";
        Files.write(shots.resolve("shot2.jpg"), TestImages.encode(TestImages.picture(500, 300, 2), "jpeg"));
        Run add = run("evidence", "add", "--workspace", ws.toString(), "--finding", id, shots.resolve("shot2.jpg").toString());
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().contains("JPEG 500×300"), add.out());

        Run history = run("history", "--workspace", ws.toString(), "--unit", "涪城区");
        assertTrue(history.out().contains("导入 import f.json") && history.out().contains("zhangsan"), history.out());

        assertTrue(run("undo", "--workspace", ws.toString()).out().contains("已撤销 undone"));
        Run afterUndo = run("findings", "export", "--workspace", ws.toString());
        assertEquals(1, count(afterUndo.out(), ".png\"") + count(afterUndo.out(), ".jpg\""), "the jpeg is detached again");
        assertTrue(run("redo", "--workspace", ws.toString()).out().contains("已重做 redone"));
        assertTrue(run("findings", "export", "--workspace", ws.toString()).out().contains(".jpg"));
    }

    @Test
    void scoreFromAWorkspaceGivesTheSameOutputAsScoreFromItsExportedFiles() throws Exception {
        Path ws = dir.resolve("w.inspector");
        Path campaign = TestWorkspaces.campaign(dir.resolve("campaign"));
        run("init", "--workspace", ws.toString(), "--campaign", campaign.toString(), "--inspector", "张三");
        Path findings = Files.writeString(dir.resolve("f.json"), FINDINGS.replace(", \"evidence\": [\"shot1.png\"]", ""));
        assertEquals(0, run("findings", "import", "--workspace", ws.toString(), "--findings", findings.toString()).exit());
        Path export = dir.resolve("export.json");
        run("findings", "export", "--workspace", ws.toString(), "--out", export.toString());

        for (String format : new String[] {"json", "text"}) {
            Run fromWs = run("score", "--workspace", ws.toString(), "--format", format);
            assertEquals(0, fromWs.exit(), fromWs.err());
            Run fromFiles = run("score", "--rubric", campaign.resolveSibling("rubric.json").toString(),
                    "--findings", export.toString(), "--format", format);
            assertEquals(fromFiles.out(), fromWs.out());
        }
        Run one = run("score", "--workspace", ws.toString(), "--unit", "涪城区");
        assertTrue(one.out().contains("涪城区") && !one.out().contains("市发展改革委"), one.out());
        Run both = run("score", "--workspace", ws.toString(), "--rubric", "x.json");
        assertEquals(2, both.exit());
        Run unknown = run("score", "--workspace", ws.toString(), "--unit", "无此单位");
        assertEquals(2, unknown.exit());
    }

    @Test
    void badInputGivesAMessageAndExitTwoWithoutAStackTrace() throws Exception {
        Path ws = dir.resolve("w.inspector");
        Path campaign = TestWorkspaces.campaign(dir.resolve("campaign"));
        run("init", "--workspace", ws.toString(), "--campaign", campaign.toString(), "--inspector", "张三");
        Path bad = Files.writeString(dir.resolve("bad.json"), FINDINGS.replace("政务公开/依申请公开", "政务公开/依申请"));
        Run r = run("findings", "import", "--workspace", ws.toString(), "--findings", bad.toString(),
                "--evidence-dir", dir.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("政务公开/依申请") && r.err().contains("did you mean"), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());

        Path text = Files.writeString(dir.resolve("notes.txt"), "hello");
        Run notWs = run("history", "--workspace", text.toString());
        assertEquals(2, notWs.exit());
        assertTrue(notWs.err().contains("not a workspace"), notWs.err());
        assertEquals("hello", Files.readString(text));

        Run notJson = run("findings", "import", "--workspace", ws.toString(), "--findings", text.toString());
        assertEquals(2, notJson.exit());
        assertTrue(notJson.err().contains("notes.txt"), notJson.err());
    }

    @Test
    void listsTemplateAndImport() throws Exception {
        Path ws = dir.resolve("w.inspector");
        run("init", "--workspace", ws.toString(), "--campaign", TestWorkspaces.campaign(dir.resolve("c")).toString(),
                "--inspector", "张三");
        Path xlsx = dir.resolve("lists.xlsx");
        Run t = run("lists", "template", "--out", xlsx.toString(), "--workspace", ws.toString());
        assertEquals(0, t.exit(), t.err());
        Run i = run("lists", "import", "--workspace", ws.toString(), xlsx.toString());
        assertEquals(0, i.exit(), i.err());
        assertTrue(i.out().contains("单位 units +0"), i.out());
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
