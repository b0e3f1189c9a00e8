package org.inspectorbench.report.xlsx;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.inspectorbench.cli.InspectorCommand;
import org.inspectorbench.json.Json;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The workbook of a 49-unit workspace against `inspector score` on the same findings. */
class LeagueWorkbookTest {

    private static final XlsxText T = XlsxText.standard();

    @TempDir
    static Path dir;
    static Path xlsx;
    static JsonNode scores;
    static XSSFWorkbook book;

    @BeforeAll
    static void writeWorkbookAndScore() throws Exception {
        Path ws = SampleOffice.create(dir);
        xlsx = dir.resolve("out/league.xlsx");
        run("report", "xlsx", "--workspace", ws.toString(), "--out", xlsx.toString());
        scores = Json.mapper().readTree(run("score", "--workspace", ws.toString(), "--format", "json"));
        book = new XSSFWorkbook(xlsx.toFile());
    }

    @AfterAll
    static void close() throws Exception {
        book.close();
    }

    static String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = InspectorCommand.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, exit, () -> String.join(" ", args) + " failed: " + err);
        return out.toString();
    }

    private static XSSFSheet sheet(String key) {
        XSSFSheet s = book.getSheet(T.get(key));
        assertNotNull(s, "no sheet " + T.get(key));
        return s;
    }

    private static Map<String, Integer> header(XSSFSheet s, int row) {
        Map<String, Integer> cols = new HashMap<>();
        for (Cell c : s.getRow(row)) {
            cols.put(c.getStringCellValue(), c.getColumnIndex());
        }
        return cols;
    }

    private static Row rowOf(XSSFSheet s, int firstRow, int col, String value) {
        for (int r = firstRow; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            if (row != null && row.getCell(col) != null && row.getCell(col).getCellType() == CellType.STRING
                    && value.equals(row.getCell(col).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + value + " in " + s.getSheetName());
    }

    private static void assertPoints(JsonNode expected, Cell cell, String what) {
        assertEquals(0, new BigDecimal(expected.asText()).compareTo(BigDecimal.valueOf(cell.getNumericCellValue())
                .setScale(2, java.math.RoundingMode.HALF_UP)), what + ": json " + expected + " cell " + cell);
    }

    @Test
    void sheetsAreNamedFromTheLabels() {
        List<String> names = new ArrayList<>();
        book.sheetIterator().forEachRemaining(s -> names.add(s.getSheetName()));
        assertEquals(List.of("总表", "总分图", "扣分明细", "网站明细", "佐证材料", "待处理"), names);
    }

    @Test
    void summaryHasTheScoreCommandsTotalsPartsTiersAndRanks() {
        XSSFSheet s = sheet("sheet.summary");
        Map<String, Integer> col = header(s, SummarySheet.HEADER_ROW);
        JsonNode units = scores.get("units");
        assertEquals(49, units.size());
        assertEquals(49, s.getLastRowNum() - SummarySheet.HEADER_ROW);
        List<String> tierOrder = List.of("第一等次", "第二等次", "第三等次", "第四等次", "不合格");
        for (JsonNode u : units) {
            Row row = rowOf(s, SummarySheet.FIRST_DATA_ROW, SummarySheet.UNIT_COL, u.get("unit").asText());
            String what = u.get("unit").asText();
            assertPoints(u.get("total"), row.getCell(col.get("总分")), what + " total");
            assertEquals(u.get("tier").asText(), row.getCell(col.get("等次")).getStringCellValue(), what);
            assertEquals(u.get("performancePercent").asDouble() / 100, row.getCell(col.get("绩效")).getNumericCellValue(), 1e-9);
            assertEquals(u.get("kind").asText(), row.getCell(col.get("类型")).getStringCellValue());
            for (String part : List.of("政务公开", "政府网站", "政务新媒体", "日常工作")) {
                assertPoints(u.get("parts").get(part), row.getCell(col.get(part)), what + " " + part);
            }
            assertPoints(u.get("bonusEarned"), row.getCell(col.get("加分指标(得分)")), what + " bonus earned");
            assertPoints(u.get("parts").get("加分指标"), row.getCell(col.get("计入加分")), what + " bonus counted");
            assertEquals(u.get("website").get("verdict").asText(), row.getCell(col.get("政府网站结论")).getStringCellValue());
            assertEquals(u.get("newMedia").get("verdict").asText(), row.getCell(col.get("政务新媒体结论")).getStringCellValue());
            // Rank: 1 + the units in a better tier or in the same tier with a higher total.
            int better = 0;
            for (JsonNode v : units) {
                int cmp = Integer.compare(tierOrder.indexOf(v.get("tier").asText()), tierOrder.indexOf(u.get("tier").asText()));
                if (cmp < 0 || cmp == 0 && v.get("total").decimalValue().compareTo(u.get("total").decimalValue()) > 0) {
                    better++;
                }
            }
            assertEquals(better + 1, (int) row.getCell(col.get("排名")).getNumericCellValue(), what + " rank");
        }
    }

    @Test
    void summaryRowsTakeTheirTiersFillAndScoresTheNumberFormat() {
        XSSFSheet s = sheet("sheet.summary");
        Map<String, Integer> col = header(s, SummarySheet.HEADER_ROW);
        String[] fills = T.get("tier.fills").split(",");
        List<String> tiers = List.of("第一等次", "第二等次", "第三等次", "第四等次");
        int seen = 0;
        for (int r = SummarySheet.FIRST_DATA_ROW; r <= s.getLastRowNum(); r++) {
            Row row = s.getRow(r);
            String tier = row.getCell(col.get("等次")).getStringCellValue();
            String expected = tier.equals("不合格") ? T.get("tier.fill.veto") : fills[tiers.indexOf(tier)];
            XSSFCellStyle style = (XSSFCellStyle) row.getCell(SummarySheet.UNIT_COL).getCellStyle();
            assertArrayEquals(XlsxText.rgb(expected), style.getFillForegroundXSSFColor().getRGB(), tier);
            assertEquals("0.00", row.getCell(col.get("总分")).getCellStyle().getDataFormatString());
            seen |= 1 << (tier.equals("不合格") ? 4 : tiers.indexOf(tier));
        }
        assertTrue(Integer.bitCount(seen) >= 3, "the made-up campaign spreads over several tiers");
    }

    @Test
    void headersAreFrozenFilteredAndPrintedOnA4LandscapeFittedToWidth() {
        XSSFSheet s = sheet("sheet.summary");
        assertEquals(SummarySheet.FIRST_DATA_ROW, s.getPaneInformation().getHorizontalSplitPosition());
        assertEquals(SummarySheet.UNIT_COL + 1, s.getPaneInformation().getVerticalSplitPosition());
        assertTrue(s.getCTWorksheet().isSetAutoFilter());
        assertEquals("A2:Q51", s.getCTWorksheet().getAutoFilter().getRef());
        PrintSetup ps = s.getPrintSetup();
        assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize());
        assertTrue(ps.getLandscape());
        assertEquals(1, ps.getFitWidth());
        assertEquals(0, ps.getFitHeight());
        assertTrue(s.getFitToPage());
        assertEquals("2:2", s.getRepeatingRows().formatAsString().replace("$", ""));
        XSSFSheet d = sheet("sheet.deductions");
        assertEquals("2:3", d.getRepeatingRows().formatAsString().replace("$", ""));
        assertTrue(d.getCTWorksheet().isSetAutoFilter());
        assertEquals(DeductionsSheet.FIRST_DATA_ROW, d.getPaneInformation().getHorizontalSplitPosition());
    }

    @Test
    void theChartPlotsEveryTotalInLeagueOrderFromTheSummary() {
        List<XSSFChart> charts = sheet("sheet.chart").getDrawingPatriarch().getCharts();
        assertEquals(1, charts.size());
        var series = charts.get(0).getChartSeries().get(0).getSeries(0);
        assertEquals(49, series.getValuesData().getPointCount());
        assertEquals("'总表'!$J$3:$J$51", series.getValuesData().getDataRangeReference());
        assertEquals("'总表'!$B$3:$B$51", series.getCategoryData().getDataRangeReference());
        XSSFSheet s = sheet("sheet.summary");
        for (int i = 0; i < 49; i++) {
            assertEquals(s.getRow(SummarySheet.FIRST_DATA_ROW + i).getCell(9).getNumericCellValue(),
                    series.getValuesData().getPointAt(i).doubleValue(), 1e-9);
        }
    }

    @Test
    void theChartFitsOneA4LandscapePageAtFullSize() {
        XSSFSheet s = sheet("sheet.chart");
        var anchor = (org.apache.poi.xssf.usermodel.XSSFClientAnchor) s.getDrawingPatriarch().getShapes().get(0).getAnchor();
        int sheetIndex = book.getSheetIndex(s);
        assertEquals("$A$1:$J$30", book.getPrintArea(sheetIndex).replaceAll(".*!", ""),
                "the print area is the chart's cells");
        assertTrue(anchor.getCol2() <= TotalsChart.PAGE_COLUMNS && anchor.getRow2() <= TotalsChart.PAGE_ROWS);
        assertTrue(s.getPrintSetup().getLandscape());
        assertEquals(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
        assertEquals(1, s.getPrintSetup().getFitWidth());
        assertEquals(1, s.getPrintSetup().getFitHeight());
        // Excel's column width in pixels (default font, 7 px digits) and row heights in points, at 96 dpi.
        double widthInches = 0;
        for (int c = 0; c < anchor.getCol2(); c++) {
            widthInches += (s.getColumnWidth(c) / 256.0 * 7 + 5) / 96;
        }
        double heightInches = 0;
        for (int r = 0; r < anchor.getRow2(); r++) {
            heightInches += s.getRow(r).getHeightInPoints() / 72;
        }
        double printableWidth = 11.69 - s.getMargin(org.apache.poi.ss.usermodel.PageMargin.LEFT)
                - s.getMargin(org.apache.poi.ss.usermodel.PageMargin.RIGHT);
        double printableHeight = 8.27 - s.getMargin(org.apache.poi.ss.usermodel.PageMargin.TOP)
                - s.getMargin(org.apache.poi.ss.usermodel.PageMargin.BOTTOM);
        assertTrue(widthInches <= printableWidth && widthInches > 0.75 * printableWidth,
                "the chart is as wide as the page allows: " + widthInches + " of " + printableWidth + " in");
        assertTrue(heightInches <= printableHeight && heightInches > 0.8 * printableHeight,
                "and as high: " + heightInches + " of " + printableHeight + " in");
    }

    @Test
    void deductionsAddUpToWhatEachPartLostAndCarryTheirRulesAsComments() {
        XSSFSheet d = sheet("sheet.deductions");
        Row parts = d.getRow(DeductionsSheet.PART_ROW);
        int comments = 0;
        for (JsonNode u : scores.get("units")) {
            Row row = rowOf(d, DeductionsSheet.FIRST_DATA_ROW, 0, u.get("unit").asText());
            Map<String, BigDecimal> lost = new HashMap<>();
            for (int c = 1; c < row.getLastCellNum() - 2; c++) {
                Cell cell = row.getCell(c);
                if (cell.getCellType() != CellType.NUMERIC) {
                    assertEquals("不适用", cell.getStringCellValue());
                    continue;
                }
                String part = partAbove(parts, c);
                lost.merge(part, BigDecimal.valueOf(cell.getNumericCellValue()), BigDecimal::add);
                XSSFComment comment = d.getCellComment(new CellAddress(cell));
                if (cell.getNumericCellValue() > 0) {
                    assertNotNull(comment, u.get("unit") + " column " + c + " has points but no comment");
                    assertTrue(comment.getString().getString().contains("细则"), comment.getString().getString());
                    comments++;
                }
            }
            for (String part : List.of("政务公开", "政务新媒体", "日常工作")) {
                BigDecimal max = part.equals("政务公开") ? new BigDecimal(15) : part.equals("政务新媒体") ? new BigDecimal(20) : new BigDecimal(30);
                assertEquals(0, max.subtract(lost.getOrDefault(part, BigDecimal.ZERO)).setScale(2, java.math.RoundingMode.HALF_UP)
                        .compareTo(u.get("parts").get(part).decimalValue().setScale(2)), u.get("unit") + " " + part);
            }
            // The website part is an average rounded to 2 decimals: the average losses add up to within rounding.
            double site = 35 - lost.getOrDefault("政府网站", BigDecimal.ZERO).doubleValue();
            assertEquals(u.get("parts").get("政府网站").asDouble(), site, 0.0051, u.get("unit") + " 政府网站");
            assertEquals(u.get("bonusEarned").asDouble(), lost.getOrDefault("加分指标", BigDecimal.ZERO).doubleValue(), 1e-9);
        }
        assertTrue(comments > 100, "comments: " + comments);
    }

    private static String partAbove(Row parts, int col) {
        for (int c = col; c >= 1; c--) {
            Cell cell = parts.getCell(c);
            if (cell != null && !cell.getStringCellValue().isEmpty()) {
                return cell.getStringCellValue();
            }
        }
        throw new AssertionError("no part above column " + col);
    }

    @Test
    void websitesListEverySiteOfTheUnitsScoredOnAnAverage() {
        XSSFSheet w = sheet("sheet.websites");
        Map<String, Integer> seen = new HashMap<>();
        for (int r = WebsitesSheet.HEADER_ROW + 1; r <= w.getLastRowNum(); r++) {
            Row row = w.getRow(r);
            String unit = row.getCell(0).getStringCellValue();
            seen.merge(unit, 1, Integer::sum);
            JsonNode website = null;
            for (JsonNode u : scores.get("units")) {
                if (u.get("unit").asText().equals(unit)) {
                    website = u.get("website");
                }
            }
            assertNotNull(website);
            assertPoints(website.get("score"), row.getCell(5), unit + " average");
            boolean found = false;
            for (JsonNode s : website.get("sites")) {
                if (s.get("site").asText().equals(row.getCell(1).getStringCellValue())) {
                    assertPoints(s.get("score"), row.getCell(2), unit + " site");
                    found = true;
                }
            }
            assertTrue(found);
        }
        assertEquals(Map.of("市发展改革委", 2, "市人力资源社会保障局", 3, "市政务服务监管局", 2), seen);
    }

    @Test
    void materialsShowOnTimeLateMissingAndNotAskedWithTheCounts() {
        XSSFSheet m = sheet("sheet.materials");
        Map<String, Integer> col = header(m, MaterialsSheet.HEADER_ROW);
        Row fucheng = rowOf(m, MaterialsSheet.HEADER_ROW + 1, 0, "涪城区");
        assertEquals("按时 2022-11-20(1个文件)", fucheng.getCell(col.get("1")).getStringCellValue());
        assertEquals("按时 2022-11-25", fucheng.getCell(col.get("2")).getStringCellValue());
        assertEquals("逾期 2022-11-28", fucheng.getCell(col.get("3")).getStringCellValue());
        assertEquals("未报", fucheng.getCell(col.get("4")).getStringCellValue());
        assertEquals("不适用", fucheng.getCell(col.get("20")).getStringCellValue());
        assertEquals(19, fucheng.getCell(col.get("应报")).getNumericCellValue());
        assertEquals(2, fucheng.getCell(col.get("按时报送")).getNumericCellValue());
        assertEquals(17, fucheng.getCell(col.get("未报或逾期")).getNumericCellValue());
        Row ndrc = rowOf(m, MaterialsSheet.HEADER_ROW + 1, 0, "市发展改革委");
        assertEquals("不适用", ndrc.getCell(col.get("1")).getStringCellValue());
        assertEquals("按时 2022-11-01", ndrc.getCell(col.get("4")).getStringCellValue());
        assertEquals(10, ndrc.getCell(col.get("应报")).getNumericCellValue());
        XSSFComment head = m.getCellComment(new CellAddress(MaterialsSheet.HEADER_ROW, col.get("12")));
        assertTrue(head.getString().getString().contains("依申请公开答复书"));
        assertTrue(head.getString().getString().contains("政务公开/依申请公开"));
    }

    @Test
    void pendingSaysThereAreNoConflictsAndListsTheUnitsNotComplete() {
        XSSFSheet p = sheet("sheet.pending");
        List<String> column = new ArrayList<>();
        for (Row row : p) {
            Cell c = row.getCell(0);
            if (c != null && c.getCellType() == CellType.STRING) {
                column.add(c.getStringCellValue());
            }
        }
        assertTrue(column.contains(T.get("pending.conflicts.none")));
        assertTrue(column.contains("涪城区"));
        assertFalse(column.contains("游仙区"), "游仙区 is declared complete");
        assertEquals(48, column.stream().filter(s -> scoresHaveUnit(s)).count());
    }

    private static boolean scoresHaveUnit(String name) {
        for (JsonNode u : scores.get("units")) {
            if (u.get("unit").asText().equals(name)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void writingAgainReplacesTheWorkbookAndLeavesNoTemporaryFile() throws Exception {
        Path again = dir.resolve("again.xlsx");
        Files.writeString(again, "an older file");
        run("report", "xlsx", "--workspace", dir.resolve("office.inspector").toString(), "--out", again.toString());
        try (XSSFWorkbook w = new XSSFWorkbook(again.toFile())) {
            assertEquals(6, w.getNumberOfSheets());
        }
        try (var files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().endsWith(".part")));
        }
        assertNull(book.getSheet("Sheet1"));
    }
}
