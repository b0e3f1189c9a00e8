package org.inspectorbench.store;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * The Excel lists of units, websites and new-media accounts (POI): the template, and reading a
 * filled-in workbook. Every problem is reported with its sheet, row and column, all at once.
 */
public final class ListsWorkbook {

    public static final String UNITS = "单位";
    public static final String WEBSITES = "网站";
    public static final String ACCOUNTS = "政务新媒体";

    private static final String[] UNIT_HEADERS = {"名称 name", "类型 kind", "标签 tags"};
    private static final String[] WEBSITE_HEADERS = {"名称 name", "所属单位 unit", "网址 url"};
    private static final String[] ACCOUNT_HEADERS = {"名称 name", "平台 platform", "所属单位 unit"};

    private ListsWorkbook() {
    }

    /** Writes an empty template with the three sheets and a sheet of instructions. */
    public static void writeTemplate(OutputStream out, List<String> unitKinds) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet(wb, UNITS, UNIT_HEADERS, bold);
            sheet(wb, WEBSITES, WEBSITE_HEADERS, bold);
            sheet(wb, ACCOUNTS, ACCOUNT_HEADERS, bold);
            Sheet help = wb.createSheet("说明");
            String[] lines = {
                    "每个工作表第1行是表头,从第2行起每行一条记录。One record per row from row 2; row 1 is the header.",
                    "单位: 名称、类型(" + String.join("、", unitKinds) + ")、标签(可空,多个用逗号分隔,如 无对外服务职能)。",
                    "网站: 名称、所属单位(单位表或工作区中已有的单位)、网址(可空)。",
                    "政务新媒体: 名称(在所属单位内唯一)、平台(如 微信公众号、新浪微博、抖音)、所属单位。",
                    "导入只新增或更新,不删除;导入真实账号名单时,未被检查发现引用的样例账号会被移除。",
                    "Import adds or updates, never deletes; importing real accounts removes unused sample accounts.",
                    "有任何错误则整个文件都不导入,错误信息写明工作表、行和列。Any error: nothing is imported."};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            wb.write(out);
        }
    }

    private static void sheet(Workbook wb, String name, String[] headers, CellStyle bold) {
        Sheet s = wb.createSheet(name);
        Row row = s.createRow(0);
        for (int i = 0; i < headers.length; i++) {
            Cell c = row.createCell(i);
            c.setCellValue(headers[i]);
            c.setCellStyle(bold);
            s.setColumnWidth(i, 32 * 256);
        }
        s.createFreezePane(0, 1);
    }

    /** Reads a filled-in workbook; throws INVALID_INPUT listing every problem with its place. */
    public static UnitLists read(Path file) {
        List<String> problems = new ArrayList<>();
        List<UnitLists.UnitRow> units = new ArrayList<>();
        List<UnitLists.WebsiteRow> websites = new ArrayList<>();
        List<UnitLists.AccountRow> accounts = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); Workbook wb = WorkbookFactory.create(in)) {
            DataFormatter fmt = new DataFormatter();
            boolean any = false;
            for (String[] row : rows(wb, UNITS, 3, fmt)) {
                any = true;
                String where = row[3];
                require(problems, row[0], where, 0, "名称 name");
                require(problems, row[1], where, 1, "类型 kind");
                List<String> tags = row[2].isBlank() ? List.of() : Arrays.stream(row[2].split("[,,、;;]"))
                        .map(String::strip).filter(t -> !t.isEmpty()).toList();
                units.add(new UnitLists.UnitRow(row[0], row[1], tags, where));
            }
            for (String[] row : rows(wb, WEBSITES, 3, fmt)) {
                any = true;
                require(problems, row[0], row[3], 0, "名称 name");
                require(problems, row[1], row[3], 1, "所属单位 unit");
                websites.add(new UnitLists.WebsiteRow(row[0], row[1], row[2].isBlank() ? null : row[2], row[3]));
            }
            for (String[] row : rows(wb, ACCOUNTS, 3, fmt)) {
                any = true;
                require(problems, row[0], row[3], 0, "名称 name");
                require(problems, row[2], row[3], 2, "所属单位 unit");
                accounts.add(new UnitLists.AccountRow(row[0], row[1].isBlank() ? null : row[1], row[2], row[3]));
            }
            if (!any && wb.getSheet(UNITS) == null && wb.getSheet(WEBSITES) == null && wb.getSheet(ACCOUNTS) == null) {
                problems.add("the workbook has none of the sheets " + UNITS + ", " + WEBSITES + ", " + ACCOUNTS
                        + " (make one with `inspector lists template`)");
            }
        } catch (IOException | RuntimeException e) {
            throw new WorkspaceException(Reason.INVALID_INPUT, "无法读取 Excel 文件 (cannot read " + file
                    + " as an .xlsx workbook): " + e.getMessage(), e);
        }
        if (!problems.isEmpty()) {
            throw problems(file, problems);
        }
        return new UnitLists(units, websites, accounts);
    }

    static WorkspaceException problems(Path file, List<String> problems) {
        return new WorkspaceException(Reason.INVALID_INPUT, file.getFileName() + " 有 " + problems.size()
                + " 处错误,未导入任何内容 (has " + problems.size() + " problem(s); nothing was imported):\n  "
                + String.join("\n  ", problems));
    }

    /** Non-empty data rows: the cells as text plus, last, "sheet, row" for messages. */
    private static List<String[]> rows(Workbook wb, String sheetName, int columns, DataFormatter fmt) {
        Sheet sheet = wb.getSheet(sheetName);
        List<String[]> out = new ArrayList<>();
        if (sheet == null) {
            return out;
        }
        for (Row row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            String[] cells = new String[columns + 1];
            boolean empty = true;
            for (int i = 0; i < columns; i++) {
                Cell c = row.getCell(i);
                cells[i] = c == null ? "" : fmt.formatCellValue(c).strip();
                empty &= cells[i].isEmpty();
            }
            if (!empty) {
                cells[columns] = sheetName + "|" + (row.getRowNum() + 1);
                out.add(cells);
            }
        }
        return out;
    }

    private static void require(List<String> problems, String value, String where, int column, String header) {
        if (value.isBlank()) {
            problems.add(place(where, column) + ": " + header + " 不能为空 (is empty)");
        }
    }

    /** "工作表“网站”第 5 行 B 列 (sheet 网站, row 5, column B)". */
    static String place(String where, int column) {
        String[] parts = where.split("\\|");
        String col = CellReference.convertNumToColString(column);
        return "工作表“" + parts[0] + "”第 " + parts[1] + " 行 " + col + " 列 (sheet " + parts[0] + ", row " + parts[1]
                + ", column " + col + ")";
    }
}
