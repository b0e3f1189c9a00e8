package org.inspectorbench.monitoring;

import org.inspectorbench.csv.Csv;
import org.inspectorbench.csv.CsvFormatException;
import org.inspectorbench.csv.CsvRecord;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a monitoring log (docs/monitoring.md): CSV rows {@code time,url,result}, with or without a
 * header row. {@code time} is ISO-8601 ("2022-11-01T08:00:00" or with an offset "+08:00"); {@code
 * result} is the seconds the page took ("2.35", "15", "3.1s", "3.1秒") or, when it could not be
 * opened, any other text ("fail", "timeout", "HTTP 503").
 */
public final class AvailabilityLogParser {

    private static final Set<String> TIME = Set.of("time", "timestamp", "时间", "监测时间");
    private static final Set<String> URL = Set.of("url", "site", "网址", "网站", "站点");
    private static final Set<String> RESULT = Set.of("result", "seconds", "结果", "耗时", "响应时间");
    /** One bad file should be fixed at once, but a wholly wrong file should not print 10,000 lines. */
    private static final int MAX_PROBLEMS = 30;

    private AvailabilityLogParser() {
    }

    /** @throws MonitoringFormatException naming the lines that are wrong (all of them, up to 30) */
    public static List<AvailabilityCheck> parse(String csv) {
        List<CsvRecord> records;
        try {
            records = Csv.parse(csv);
        } catch (CsvFormatException e) {
            throw new MonitoringFormatException(List.of(e.getMessage()));
        }
        records = records.stream().filter(r -> !r.blank()).toList();
        int[] columns = {0, 1, 2};
        int start = 0;
        if (!records.isEmpty() && time(records.get(0).field(0)) == null) {
            columns = header(records.get(0));
            start = 1;
        }
        List<AvailabilityCheck> checks = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int bad = 0;
        for (CsvRecord r : records.subList(start, records.size())) {
            String problem = null;
            LocalDateTime time = time(r.field(columns[0]));
            String site = SiteKey.of(r.field(columns[1]));
            String result = r.field(columns[2]).strip();
            if (time == null) {
                problem = "\"" + r.field(columns[0]) + "\" is not an ISO-8601 time (e.g. 2022-11-01T08:00:00 or 2022-11-01T08:00:00+08:00)";
            } else if (site.isEmpty()) {
                problem = "no URL";
            } else if (result.isEmpty()) {
                problem = "no result: write the seconds the page took, or \"fail\"";
            }
            if (problem == null) {
                BigDecimal seconds = seconds(result);
                if (seconds != null && seconds.signum() < 0) {
                    problem = "negative seconds \"" + result + "\"";
                } else {
                    checks.add(new AvailabilityCheck(time, site, seconds, seconds == null ? result : null, r.line()));
                }
            }
            if (problem != null) {
                bad++;
                if (problems.size() < MAX_PROBLEMS) {
                    problems.add("line " + r.line() + ": " + problem);
                }
            }
        }
        if (bad > problems.size()) {
            problems.add("… and " + (bad - problems.size()) + " more bad lines");
        }
        if (!problems.isEmpty()) {
            throw new MonitoringFormatException(problems);
        }
        if (checks.isEmpty()) {
            throw new MonitoringFormatException(List.of("the log has no checks: expected rows time,url,result"));
        }
        return checks;
    }

    private static int[] header(CsvRecord h) {
        int[] c = {-1, -1, -1};
        for (int i = 0; i < h.fields().size(); i++) {
            String name = h.field(i).strip().toLowerCase(Locale.ROOT);
            if (c[0] < 0 && TIME.contains(name)) {
                c[0] = i;
            } else if (c[1] < 0 && URL.contains(name)) {
                c[1] = i;
            } else if (c[2] < 0 && RESULT.contains(name)) {
                c[2] = i;
            }
        }
        if (c[0] < 0 || c[1] < 0 || c[2] < 0) {
            throw new MonitoringFormatException(List.of("line " + h.line() + ": the header " + h.fields()
                    + " must name the columns time, url and result (or start the file with data rows time,url,result)"));
        }
        return c;
    }

    static LocalDateTime time(String text) {
        String t = text.strip();
        try {
            return OffsetDateTime.parse(t).toLocalDateTime();
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(t.replace(' ', 'T'));
            } catch (DateTimeParseException e2) {
                return null;
            }
        }
    }

    private static BigDecimal seconds(String result) {
        String r = result.toLowerCase(Locale.ROOT);
        if (r.endsWith("秒")) {
            r = r.substring(0, r.length() - 1).strip();
        } else if (r.endsWith("s")) {
            r = r.substring(0, r.length() - 1).strip();
        }
        try {
            return new BigDecimal(r);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
