package org.inspectorbench.report.xlsx;

import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;

import org.inspectorbench.report.ExportProgress;
import org.inspectorbench.report.ReportException;

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
        write(data, out, t, new Steps(ExportProgress.NONE, 0));
    }

    /**
     * The share of the work done after each step, in percent, from {@code start} (what reading and
     * scoring the workspace took): the sheets in order, then the streaming writer's final zip.
     */
    private static final int[] DONE_AFTER = {15, 20, 55, 62, 72, 78, 100};

    /** Reports each finished step and stops between steps when asked to. */
    static final class Steps {
        private final ExportProgress progress;
        private final int start;
        private int step;

        Steps(ExportProgress progress, int start) {
            this.progress = progress;
            this.start = start;
        }

        void done(String what) {
            int pct = start + (100 - start) * DONE_AFTER[Math.min(step++, DONE_AFTER.length - 1)] / 100;
            progress.update(pct, 100, what);
            if (progress.cancelled() && pct < 100) {
                throw new Cancelled();
            }
        }
    }

    /** Thrown between steps when the user cancels; the file is never moved into place. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    static void write(LeagueData data, OutputStream out, XlsxText t, Steps steps) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(null, ROW_WINDOW, true, false);
        try {
            XlsxStyles styles = new XlsxStyles(wb, t, data.rubric());
            List<LeagueRanking.Ranked> ranked = LeagueRanking.rank(data.rubric(), data.results());
            String summaryName = t.get("sheet.summary");
            SXSSFSheet summary = wb.createSheet(summaryName);
            SXSSFSheet chart = wb.createSheet(t.get("sheet.chart"));
            SummarySheet.Layout layout = SummarySheet.write(summary, data, ranked, styles, t);
            steps.done(summaryName);
            XSSFSheet chartSheet = wb.getXSSFWorkbook().getSheet(chart.getSheetName());
            TotalsChart.write(chartSheet, summaryName, layout, ranked, data, t);
            TotalsChart.pageSetup(chart);
            steps.done(chart.getSheetName());
            DeductionsSheet.write(wb.createSheet(t.get("sheet.deductions")), data, styles, t);
            steps.done(t.get("sheet.deductions"));
            WebsitesSheet.write(wb.createSheet(t.get("sheet.websites")), data, styles, t);
            steps.done(t.get("sheet.websites"));
            MaterialsSheet.write(wb.createSheet(t.get("sheet.materials")), data, styles, t);
            steps.done(t.get("sheet.materials"));
            PendingSheet.write(wb.createSheet(t.get("sheet.pending")), data, styles, t);
            steps.done(t.get("sheet.pending"));
            wb.setActiveSheet(0);
            wb.write(out);
            steps.done("");
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
        write(data, file, new Steps(ExportProgress.NONE, 0));
    }

    /**
     * As {@link #write(LeagueData, Path)}, telling {@code progress} the percentage done (from
     * {@code startPercent}, what the caller spent reading the data) after each sheet; when it asks
     * to stop, the writing ends between sheets with {@link ReportException.Kind#CANCELLED}, the
     * temporary file is deleted and an existing workbook under that name stays as it was.
     */
    public static void write(LeagueData data, Path file, ExportProgress progress, int startPercent)
            throws IOException, ReportException {
        if (progress.cancelled()) {
            throw cancelled(file);
        }
        try {
            write(data, file, new Steps(progress, startPercent));
        } catch (Cancelled e) {
            throw cancelled(file);
        }
    }

    private static ReportException cancelled(Path file) {
        return new ReportException(ReportException.Kind.CANCELLED, "已取消 cancelled: " + file.getFileName()
                + " was not written" + (Files.exists(file) ? " (the workbook already there is unchanged)" : ""));
    }

    private static void write(LeagueData data, Path file, Steps steps) throws IOException {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Files.createDirectories(dir);
        // Not Files.createTempFile: its owner-only permissions would stay on the workbook.
        Path tmp = dir.resolve("." + target.getFileName() + "." + java.util.UUID.randomUUID() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                write(data, out, XlsxText.standard(), steps);
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
