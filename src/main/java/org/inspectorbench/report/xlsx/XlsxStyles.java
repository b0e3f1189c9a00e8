package org.inspectorbench.report.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.store.MaterialState;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The workbook's cell styles, made once per workbook (a workbook holds at most 64,000 styles, so
 * they must never be made per cell). Scores use the number format 0.00; tier rows and material
 * states take the fills of labels.properties.
 */
final class XlsxStyles {

    /** The styles of one kind of row: a plain one, or one filled with a tier's colour. */
    record RowStyles(CellStyle text, CellStyle number, CellStyle percent, CellStyle integer) {
    }

    final CellStyle title;
    final CellStyle header;
    final CellStyle section;
    final CellStyle note;
    final RowStyles plain;
    private final List<RowStyles> tiers = new ArrayList<>();
    private final RowStyles vetoTier;
    private final Map<MaterialState, CellStyle> materials = new EnumMap<>(MaterialState.class);
    private final Workbook wb;
    private final short numberFormat;
    private final short percentFormat;
    private final short integerFormat;

    XlsxStyles(Workbook wb, XlsxText text, Rubric rubric) {
        this.wb = wb;
        numberFormat = wb.createDataFormat().getFormat("0.00");
        percentFormat = wb.createDataFormat().getFormat("0%");
        integerFormat = wb.createDataFormat().getFormat("0");
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);

        title = wb.createCellStyle();
        title.setFont(big);
        header = bordered(XlsxText.rgb(text.get("header.fill")));
        header.setFont(bold);
        header.setWrapText(true);
        header.setAlignment(HorizontalAlignment.CENTER);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        section = wb.createCellStyle();
        section.setFont(bold);
        note = wb.createCellStyle();
        note.setWrapText(false);

        plain = rowStyles(null);
        String[] fills = text.get("tier.fills").split(",");
        for (int i = 0; i < rubric.tiers().size(); i++) {
            tiers.add(i < fills.length ? rowStyles(XlsxText.rgb(fills[i])) : plain);
        }
        vetoTier = rowStyles(XlsxText.rgb(text.get("tier.fill.veto")));
        for (MaterialState s : MaterialState.values()) {
            XSSFCellStyle st = bordered(XlsxText.rgb(text.get("material.fill." + s.name())));
            st.setAlignment(HorizontalAlignment.CENTER);
            materials.put(s, st);
        }
    }

    /** The fills of a tier's row: the veto tier's colour for 不合格, else the tier's by position. */
    RowStyles tier(Rubric rubric, String tierName) {
        if (LeagueRanking.isVetoTier(rubric, tierName)) {
            return vetoTier;
        }
        int i = LeagueRanking.tierIndex(rubric, tierName);
        return i < tiers.size() ? tiers.get(i) : plain;
    }

    CellStyle material(MaterialState state) {
        return materials.get(state);
    }

    private RowStyles rowStyles(byte[] fill) {
        XSSFCellStyle text = bordered(fill);
        XSSFCellStyle number = bordered(fill);
        number.setDataFormat(numberFormat);
        XSSFCellStyle percent = bordered(fill);
        percent.setDataFormat(percentFormat);
        XSSFCellStyle integer = bordered(fill);
        integer.setDataFormat(integerFormat);
        integer.setAlignment(HorizontalAlignment.CENTER);
        return new RowStyles(text, number, percent, integer);
    }

    private XSSFCellStyle bordered(byte[] fill) {
        XSSFCellStyle s = (XSSFCellStyle) wb.createCellStyle();
        s.setBorderTop(BorderStyle.THIN);
        s.setBorderBottom(BorderStyle.THIN);
        s.setBorderLeft(BorderStyle.THIN);
        s.setBorderRight(BorderStyle.THIN);
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        if (fill != null) {
            s.setFillForegroundColor(new XSSFColor(fill, null));
            s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
    }
}
