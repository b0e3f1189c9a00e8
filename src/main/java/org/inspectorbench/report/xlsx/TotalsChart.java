package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.scoring.UnitResult;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTBarSer;
import org.openxmlformats.schemas.drawingml.x2006.chart.CTDPt;
import org.openxmlformats.schemas.drawingml.x2006.main.CTShapeProperties;

import java.util.List;

/**
 * 总分图: a column chart of every unit's total in league order, each bar in its tier's colour. The
 * series refers to the 总表 cells, so the chart follows an edit made there; the values are also
 * cached in the chart, because the streaming writer no longer holds those rows.
 */
final class TotalsChart {

    /*
     * The chart fills one A4 landscape page at (about) 100 %: 10 columns of 11 characters by 30 rows
     * of 15 pt (6.25 inches), inside the printable 10.69 x 7.07 inches that the margins below leave.
     * A character is wider in LibreOffice than in Excel's Calibri (7 px): the 10 columns print 10.6
     * inches wide there (checked: libreoffice --convert-to pdf, pdftoppm) and 8.5 inches in Excel. Sized in columns per unit it was
     * many pages wide and only fit by scaling, and spilled over the page where a viewer did not scale
     * the drawing. The print area is exactly the chart's cells, fitted to one page either way.
     */
    static final int PAGE_COLUMNS = 10;
    static final int COLUMN_WIDTH = 11 * 256;
    static final int PAGE_ROWS = 30;
    static final float ROW_POINTS = 15f;

    private TotalsChart() {
    }

    /** Sizes the chart sheet's cells and print setup to one A4 landscape page (call after the chart). */
    static void pageSetup(SXSSFSheet chart) {
        for (int c = 0; c < PAGE_COLUMNS; c++) {
            chart.setColumnWidth(c, COLUMN_WIDTH);
        }
        for (int r = 0; r < PAGE_ROWS; r++) {
            chart.createRow(r).setHeightInPoints(ROW_POINTS);
        }
        SheetWriter.printSetup(chart);
        chart.getPrintSetup().setFitHeight((short) 1);
        chart.setMargin(PageMargin.LEFT, 0.5);
        chart.setMargin(PageMargin.RIGHT, 0.5);
        chart.setMargin(PageMargin.TOP, 0.6);
        chart.setMargin(PageMargin.BOTTOM, 0.6);
        chart.setMargin(PageMargin.HEADER, 0.3);
        chart.setMargin(PageMargin.FOOTER, 0.3);
        chart.getWorkbook().setPrintArea(chart.getWorkbook().getSheetIndex(chart), 0, PAGE_COLUMNS - 1, 0,
                PAGE_ROWS - 1);
    }

    static void write(XSSFSheet sheet, String summaryName, SummarySheet.Layout layout, List<LeagueRanking.Ranked> ranked,
                      LeagueData data, XlsxText t) {
        Rubric rubric = data.rubric();
        int n = ranked.size();
        String[] names = new String[n];
        Double[] totals = new Double[n];
        for (int i = 0; i < n; i++) {
            names[i] = ranked.get(i).unit().unit();
            totals[i] = LeagueRanking.total(ranked.get(i).unit()).doubleValue();
        }
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 0, PAGE_COLUMNS, PAGE_ROWS);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t.get("title.chart", data.campaign()));
        chart.setTitleOverlay(false);

        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        x.setTitle(t.get("chart.axis.units"));
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setTitle(t.get("chart.axis.total"));
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        y.setMinimum(0);
        if (rubric.total() != null) {
            y.setMaximum(rubric.total().doubleValue());
        }

        XDDFCategoryDataSource cats = XDDFDataSourcesFactory.fromArray(names, range(summaryName, layout, layout.unitCol()));
        XDDFNumericalDataSource<Double> vals = XDDFDataSourcesFactory.fromArray(totals, range(summaryName, layout, layout.totalCol()));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        XDDFBarChartData.Series series = (XDDFBarChartData.Series) bars.addSeries(cats, vals);
        series.setTitle(t.get("chart.series"), null);
        chart.plot(bars);
        colourByTier(series.getCTBarSer(), ranked, data, t);
    }

    private static String range(String sheetName, SummarySheet.Layout layout, int col) {
        String c = CellReference.convertNumToColString(col);
        return "'" + sheetName.replace("'", "''") + "'!$" + c + "$" + (layout.firstRow() + 1) + ":$" + c + "$"
                + (layout.lastRow() + 1);
    }

    private static void colourByTier(CTBarSer ser, List<LeagueRanking.Ranked> ranked, LeagueData data, XlsxText t) {
        String[] fills = t.get("chart.fills").split(",");
        for (int i = 0; i < ranked.size(); i++) {
            UnitResult u = ranked.get(i).unit();
            int tier = LeagueRanking.tierIndex(data.rubric(), u.tier());
            String hex = LeagueRanking.isVetoTier(data.rubric(), u.tier()) || tier >= fills.length
                    ? t.get("chart.fill.veto") : fills[tier];
            CTDPt point = ser.addNewDPt();
            point.addNewIdx().setVal(i);
            point.addNewInvertIfNegative().setVal(false);
            point.addNewBubble3D().setVal(false);
            XDDFShapeProperties props = new XDDFShapeProperties();
            props.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(XlsxText.rgb(hex))));
            point.setSpPr((CTShapeProperties) props.getXmlObject());
        }
    }
}
