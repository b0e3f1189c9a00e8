package org.inspectorbench.report.xlsx;

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

    /** Columns of the chart sheet per unit, so that 49 names stay legible; at least a page wide. */
    private static final double COLUMNS_PER_UNIT = 0.6;

    private TotalsChart() {
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
        int width = Math.max(16, (int) Math.ceil(n * COLUMNS_PER_UNIT));
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, 1, width, 36);
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
