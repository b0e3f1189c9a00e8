package org.inspectorbench.store;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ListsImportTest {

    @TempDir
    Path dir;

    private Path template() throws Exception {
        Path file = dir.resolve("lists.xlsx");
        try (OutputStream out = Files.newOutputStream(file)) {
            ListsWorkbook.writeTemplate(out, List.of("县市区", "园区", "市级部门"));
        }
        return file;
    }

    /** Replaces the data rows (row 2 on); each row's cells in column order. */
    private static void fill(Path file, String sheet, String[]... rows) throws Exception {
        Workbook wb;
        try (InputStream in = Files.newInputStream(file)) {
            wb = WorkbookFactory.create(in);
        }
        Sheet s = wb.getSheet(sheet);
        while (s.getLastRowNum() > 0) {
            s.removeRow(s.getRow(s.getLastRowNum()));
        }
        for (int i = 0; i < rows.length; i++) {
            Row r = s.createRow(i + 1);
            for (int j = 0; j < rows[i].length; j++) {
                r.createCell(j).setCellValue(rows[i][j]);
            }
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        wb.close();
    }

    @Test
    void theTemplateHasTheThreeSheetsAndReadsAsEmpty() throws Exception {
        Path file = template();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            assertEquals("名称 name", wb.getSheet("单位").getRow(0).getCell(0).getStringCellValue());
            assertEquals("所属单位 unit", wb.getSheet("网站").getRow(0).getCell(1).getStringCellValue());
            assertEquals("平台 platform", wb.getSheet("政务新媒体").getRow(0).getCell(1).getStringCellValue());
        }
        assertEquals(new UnitLists(List.of(), List.of(), List.of()), ListsWorkbook.read(file));
    }

    @Test
    void addsAndUpdatesAndRealAccountsReplaceUnusedSampleOnes() throws Exception {
        Path file = template();
        fill(file, "单位", new String[] {"市测试局", "市级部门", "无对外服务职能"}, new String[] {"高新区", "园区", ""});
        fill(file, "网站", new String[] {"涪城区政务服务网", "涪城区", "https://zw.fucheng.gov.cn"},
                new String[] {"绵阳市测试局", "市测试局", ""});
        fill(file, "政务新媒体", new String[] {"涪城发布", "微信公众号", "涪城区"},
                new String[] {"测试局发布", "新浪微博", "市测试局"});
        try (Workspace ws = TestWorkspaces.create(dir)) {
            ws.putFinding(FindingDraft.rule("涪城区", "政务新媒体/内容建设/信息更新", "1").withAccount("涪城发布"));
            UnitLists.Result r = ws.importLists(file, ListsWorkbook.read(file));
            assertEquals(new UnitLists.Result(1, 1, 2, 0, 1, 1, 2), r);
            Unit test = ws.unit("市测试局").orElseThrow();
            assertEquals(List.of("无对外服务职能"), test.tags());
            assertEquals("绵阳市测试局", test.websites().get(0).name());
            assertEquals(List.of(), ws.unit("高新区").orElseThrow().tags());
            Unit fucheng = ws.unit("涪城区").orElseThrow();
            assertEquals(List.of("涪城区人民政府", "涪城区政务服务网"), fucheng.websites().stream().map(Website::name).toList());
            assertEquals(List.of(new Account("涪城发布", "微信公众号", false)), fucheng.accounts(),
                    "the used sample account became real; the unused one went");
            assertTrue(ws.unit("市发展改革委").orElseThrow().accounts().isEmpty());
            ws.putFinding(FindingDraft.rule("市测试局", "政务新媒体/内容建设/信息更新", "1").withAccount("测试局发布"));
            assertTrue(ws.history(null).stream().anyMatch(h -> h.entity().equals("unit") && h.entityId().equals("市测试局")));
        }
    }

    @Test
    void everyProblemIsNamedBySheetRowAndColumnAndNothingIsImported() throws Exception {
        Path file = template();
        fill(file, "单位", new String[] {"市测试局", "市级部门"}, new String[] {"市另一局", "部门"});
        fill(file, "网站", new String[] {"某网站", "涪城"}, new String[] {"", "涪城区"});
        try (Workspace ws = TestWorkspaces.create(dir)) {
            WorkspaceException empty = assertThrows(WorkspaceException.class, () -> ListsWorkbook.read(file));
            assertTrue(empty.getMessage().contains("工作表“网站”第 3 行 A 列"), empty.getMessage());
            fill(file, "网站", new String[] {"某网站", "涪城"});
            UnitLists lists = ListsWorkbook.read(file);
            WorkspaceException e = assertThrows(WorkspaceException.class, () -> ws.importLists(file, lists));
            assertTrue(e.getMessage().contains("工作表“单位”第 3 行 B 列") && e.getMessage().contains("部门"), e.getMessage());
            assertTrue(e.getMessage().contains("sheet 网站, row 2, column B") && e.getMessage().contains("涪城区"),
                    "names the place and suggests the unit: " + e.getMessage());
            assertEquals(3, ws.units().size(), "nothing imported");
        }
    }

    @Test
    void aFileThatIsNotAWorkbookIsRefusedClearly() throws Exception {
        Path file = Files.writeString(dir.resolve("lists.xlsx"), "not excel");
        WorkspaceException e = assertThrows(WorkspaceException.class, () -> ListsWorkbook.read(file));
        assertTrue(e.getMessage().contains("lists.xlsx"), e.getMessage());
    }
}
