package org.inspectorbench.report.xlsx;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The office's league table as an .xlsx workbook: 总表, 总分图, 扣分明细, 网站明细, 佐证材料, 待处理.
 * Written with POI's streaming writer, which keeps a window of rows in memory and spools the rest
 * to a compressed temporary file, so that a campaign of thousands of units fits a small heap.
 */
public final class LeagueWorkbook {

    /** Rows kept in memory per sheet; the rest are flushed to the temporary file. */
    private static final int ROW_WINDOW = 200;

    static {
        // POI logs through the Log4j API; without a Log4j implementation on the class path the API
        // prints "could not find a logging provider" on stderr, which users would read as a fault.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.level", "ERROR");
        }
    }

    private LeagueWorkbook() {
    }

    /** Writes the workbook to {@code out} (left open). */
    public static void write(LeagueData data, OutputStream out) throws IOException {
        write(data, out, XlsxText.standard());
    }

    static void write(LeagueData data, OutputStream out, XlsxText t) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        try {
            XlsxStyles styles = new XlsxStyles(wb, t, data.rubric());
            List<LeagueRanking.Ranked> ranked = LeagueRanking.rank(data.rubric(), data.results());
            String summaryName = t.get("sheet.summary");
            SXSSFSheet summary = wb.createSheet(summaryName);
            SXSSFSheet chart = wb.createSheet(t.get("sheet.chart"));
            SummarySheet.Layout layout = SummarySheet.write(summary, data, ranked, styles, t);
            XSSFSheet chartSheet = wb.getXSSFWorkbook().getSheet(chart.getSheetName());
            TotalsChart.write(chartSheet, summaryName, layout, ranked, data, t);
            SheetWriter.printSetup(chart);
            DeductionsSheet.write(wb.createSheet(t.get("sheet.deductions")), data, styles, t);
            WebsitesSheet.write(wb.createSheet(t.get("sheet.websites")), data, styles, t);
            MaterialsSheet.write(wb.createSheet(t.get("sheet.materials")), data, styles, t);
            PendingSheet.write(wb.createSheet(t.get("sheet.pending")), data, styles, t);
            wb.setActiveSheet(0);
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /**
     * Writes the workbook to {@code file} through a temporary file in the same folder, moved into
     * place when complete: a crash or a full disk never leaves half a workbook under that name, and
     * a workbook already there stays as it was until the new one is whole.
     */
    public static void write(LeagueData data, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the workbook.
        Path tmp = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(data, out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
