package org.inspectorbench.monitoring;

import org.inspectorbench.csv.Csv;
import org.inspectorbench.csv.CsvFormatException;
import org.inspectorbench.csv.CsvRecord;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the inspector's column list (docs/monitoring.md): a CSV with a header naming the columns
 * name, kind, first_level, last_update, empty, should_update (or their Chinese names).
 */
public final class ColumnListParser {

    private static final Map<String, Integer> HEADERS = Map.ofEntries(
            Map.entry("name", 0), Map.entry("栏目", 0), Map.entry("栏目名称", 0),
            Map.entry("kind", 1), Map.entry("类别", 1), Map.entry("栏目类别", 1),
            Map.entry("first_level", 2), Map.entry("一级栏目", 2),
            Map.entry("last_update", 3), Map.entry("最近更新", 3), Map.entry("最近更新日期", 3),
            Map.entry("empty", 4), Map.entry("空白", 4), Map.entry("空白栏目", 4),
            Map.entry("should_update", 5), Map.entry("应更新", 5));
    private static final String[] NAMES = {"name", "kind", "first_level", "last_update", "empty", "should_update"};

    private ColumnListParser() {
    }

    /** @throws MonitoringFormatException naming every bad line */
    public static List<ColumnRecord> parse(String csv) {
        List<CsvRecord> records;
        try {
            records = Csv.parse(csv).stream().filter(r -> !r.blank()).toList();
        } catch (CsvFormatException e) {
            throw new MonitoringFormatException(List.of(e.getMessage()));
        }
        if (records.isEmpty()) {
            throw new MonitoringFormatException(List.of("the column list is empty: expected a header row and one row per column"));
        }
        int[] at = {-1, -1, -1, -1, -1, -1};
        CsvRecord header = records.get(0);
        for (int i = 0; i < header.fields().size(); i++) {
            Integer which = HEADERS.get(header.field(i).strip().toLowerCase(Locale.ROOT));
            if (which != null && at[which] < 0) {
                at[which] = i;
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < at.length; i++) {
            if (at[i] < 0) {
                missing.add(NAMES[i]);
            }
        }
        if (!missing.isEmpty()) {
            throw new MonitoringFormatException(List.of("line " + header.line() + ": the header lacks " + missing
                    + " (columns: name,kind,first_level,last_update,empty,should_update)"));
        }
        List<ColumnRecord> columns = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            List<String> bad = new ArrayList<>();
            String name = r.field(at[0]).strip();
            if (name.isEmpty()) {
                bad.add("no column name");
            }
            ColumnKind kind = ColumnKind.parse(r.field(at[1]));
            if (kind == null) {
                bad.add("kind \"" + r.field(at[1]) + "\" is not one of 动态要闻类, 通知公告类, 政策文件类, 其他");
            }
            Boolean firstLevel = yesNo(r.field(at[2]), "first_level", bad);
            LocalDate last = null;
            String lastText = r.field(at[3]).strip();
            if (!lastText.isEmpty()) {
                try {
                    last = LocalDate.parse(lastText);
                } catch (DateTimeParseException e) {
                    bad.add("last_update \"" + lastText + "\" is not a date YYYY-MM-DD (leave it empty when nothing is dated)");
                }
            }
            Boolean empty = yesNo(r.field(at[4]), "empty", bad);
            Boolean should = yesNo(r.field(at[5]), "should_update", bad);
            if (bad.isEmpty()) {
                columns.add(new ColumnRecord(name, kind, firstLevel, last, empty, should));
            } else {
                problems.add("line " + r.line() + ": " + String.join("; ", bad));
            }
        }
        if (!problems.isEmpty()) {
            throw new MonitoringFormatException(problems);
        }
        return columns;
    }

    private static Boolean yesNo(String text, String field, List<String> bad) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        switch (t) {
            case "是", "yes", "y", "true", "1" -> {
                return true;
            }
            case "否", "no", "n", "false", "0" -> {
                return false;
            }
            default -> {
                bad.add(field + " \"" + text + "\" is not 是/否 (yes/no)");
                return null;
            }
        }
    }
}
