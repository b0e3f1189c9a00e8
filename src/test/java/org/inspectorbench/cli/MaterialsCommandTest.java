package org.inspectorbench.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `inspector materials`, `inspector progress` and the bad-input paths of `inspector report xlsx`. */
class MaterialsCommandTest {

    @TempDir
    Path dir;

    private String workspace() {
        String ws = dir.resolve("ws.inspector").toString();
        CliRun init = CliRun.of("init", "--workspace", ws, "--campaign", "sample-data/campaigns/mianyang-2022.json",
                "--inspector", "李四");
        assertEquals(0, init.exit(), init.err());
        return ws;
    }

    @Test
    void receiveAndListMaterialsOnTimeAndLate() throws Exception {
        String ws = workspace();
        Path file = Files.writeString(dir.resolve("目录.pdf"), "x");
        CliRun onTime = CliRun.of("materials", "receive", "--workspace", ws, "--unit", "市商务局", "--material", "11",
                "--date", "2022-11-24", file.toString());
        assertEquals(0, onTime.exit(), onTime.err());
        assertTrue(onTime.out().contains("按时 2022-11-24"), onTime.out());
        assertTrue(onTime.out().contains("目录.pdf"), onTime.out());
        CliRun late = CliRun.of("materials", "receive", "--workspace", ws, "--unit", "市商务局", "--material", "12",
                "--date", "2022-11-26");
        assertTrue(late.out().contains("逾期 2022-11-26 (视为未报)"), late.out());

        CliRun one = CliRun.of("materials", "list", "--workspace", ws, "--unit", "市商务局");
        assertEquals(0, one.exit(), one.err());
        assertTrue(one.out().contains("市商务局  按时 on time 1/10"), one.out());
        assertTrue(one.out().contains("佐证指标 supports: 政务公开/依申请公开"), one.out());
        assertTrue(one.out().contains(" 1 不适用"), one.out());
        CliRun all = CliRun.of("materials", "list", "--workspace", ws);
        assertTrue(all.out().contains("涪城区  按时 on time 0/19"), all.out());
        assertFalse(all.out().contains("不适用"), "the list of all units leaves out what is not asked of a unit");
    }

    @Test
    void badReceiptsExitWith2AndSayWhatIsWrong() {
        String ws = workspace();
        CliRun date = CliRun.of("materials", "receive", "--workspace", ws, "--unit", "市商务局", "--material", "11",
                "--date", "11/24");
        assertEquals(2, date.exit());
        assertTrue(date.err().contains("YYYY-MM-DD"), date.err());
        CliRun unit = CliRun.of("materials", "receive", "--workspace", ws, "--unit", "市商务", "--material", "11",
                "--date", "2022-11-24");
        assertEquals(2, unit.exit());
        assertTrue(unit.err().contains("市商务局"), unit.err());
        CliRun file = CliRun.of("materials", "receive", "--workspace", ws, "--unit", "市商务局", "--material", "11",
                "--date", "2022-11-24", dir.resolve("missing.pdf").toString());
        assertEquals(2, file.exit());
        assertTrue(file.err().contains("missing.pdf") && !file.err().contains("Exception"), file.err());
    }

    @Test
    void progressCountsUnitsPerInspectorAndCompletionCanBeTakenBack() {
        String ws = workspace();
        assertEquals(0, CliRun.of("progress", "complete", "--workspace", ws, "--unit", "高新区").exit());
        CliRun list = CliRun.of("progress", "list", "--workspace", ws);
        assertEquals(0, list.exit(), list.err());
        assertTrue(list.out().lines().anyMatch(l -> l.startsWith("李四") && l.matches("李四\\s+1\\s+0\\s+16\\s+0")), list.out());
        assertFalse(list.out().contains("高新区 "), list.out());
        assertTrue(CliRun.of("progress", "reopen", "--workspace", ws, "--unit", "高新区").out().contains("reopened"));
    }

    @Test
    void reportXlsxRefusesANameThatIsNotXlsxAndAMissingWorkspace() {
        CliRun name = CliRun.of("report", "xlsx", "--workspace", workspace(), "--out", dir.resolve("t.csv").toString());
        assertEquals(2, name.exit());
        assertTrue(name.err().contains("FILE.xlsx"), name.err());
        CliRun missing = CliRun.of("report", "xlsx", "--workspace", dir.resolve("none.inspector").toString(),
                "--out", dir.resolve("t.xlsx").toString());
        assertEquals(2, missing.exit(), missing.err());
        assertFalse(Files.exists(dir.resolve("t.xlsx")));
    }
}
