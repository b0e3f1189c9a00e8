package org.inspectorbench.sampling;

import org.inspectorbench.csv.Csv;
import org.inspectorbench.csv.CsvFormatException;
import org.inspectorbench.csv.CsvRecord;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what the inspector pastes or imports into candidates, in the order given (the order is part
 * of what a seed reproduces). Two forms:
 * <ul>
 *   <li>pasted text: one candidate a line; a line is a title, a URL, or a title and a URL separated by
 *   a tab or ending in the URL; blank lines are skipped;</li>
 *   <li>CSV with a header row naming a title column (title, 标题, 名称, name) and/or a URL column
 *   (url, 网址, 链接, 地址, link); other columns are ignored.</li>
 * </ul>
 * A candidate listed twice is refused: it would have two chances of being drawn.
 */
public final class CandidateParser {

    private static final Set<String> TITLE_HEADERS = Set.of("title", "标题", "名称", "name", "题目");
    private static final Set<String> URL_HEADERS = Set.of("url", "网址", "链接", "地址", "link", "链接地址");
    private static final Pattern TRAILING_URL = Pattern.compile("^(.*?)\\s+(https?://\\S+)$");

    private CandidateParser() {
    }

    /** CSV when the name ends in .csv, pasted lines otherwise. */
    public static List<Candidate> parse(String text, String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? fromCsv(text) : fromLines(text);
    }

    public static List<Candidate> fromLines(String text) {
        List<Candidate> result = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        String[] rows = text.replace("\uFEFF", "").split("\r\n|\r|\n", -1);
        for (int i = 0; i < rows.length; i++) {
            String row = rows[i].strip();
            if (row.isEmpty()) {
                continue;
            }
            result.add(fromLine(row));
            lines.add(i + 1);
        }
        checkDuplicates(result, lines);
        return result;
    }

    private static Candidate fromLine(String row) {
        if (row.contains("\t")) {
            String title = null;
            String url = null;
            for (String part : row.split("\t")) {
                String p = part.strip();
                if (url == null && isUrl(p)) {
                    url = p;
                } else if (!p.isEmpty()) {
                    title = title == null ? p : title + " " + p;
                }
            }
            return new Candidate(title, url);
        }
        if (isUrl(row) && !row.contains(" ")) {
            return new Candidate(null, row);
        }
        Matcher m = TRAILING_URL.matcher(row);
        if (m.matches()) {
            return new Candidate(m.group(1), m.group(2));
        }
        return new Candidate(row, null);
    }

    public static List<Candidate> fromCsv(String text) {
        List<CsvRecord> records;
        try {
            records = Csv.parse(text);
        } catch (CsvFormatException e) {
            throw new CandidateFormatException(List.of(e.getMessage()));
        }
        records = records.stream().filter(r -> !r.blank()).toList();
        if (records.isEmpty()) {
            throw new CandidateFormatException(List.of("the CSV is empty: expected a header row (title,url) and one row per candidate"));
        }
        CsvRecord header = records.get(0);
        int titleColumn = -1;
        int urlColumn = -1;
        for (int c = 0; c < header.fields().size(); c++) {
            String h = header.field(c).strip().toLowerCase(Locale.ROOT);
            if (titleColumn < 0 && TITLE_HEADERS.contains(h)) {
                titleColumn = c;
            } else if (urlColumn < 0 && URL_HEADERS.contains(h)) {
                urlColumn = c;
            }
        }
        if (titleColumn < 0 && urlColumn < 0) {
            throw new CandidateFormatException(List.of("line " + header.line() + ": the header " + header.fields()
                    + " has no title column (title/标题/名称) and no URL column (url/网址/链接)"));
        }
        List<Candidate> result = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (CsvRecord r : records.subList(1, records.size())) {
            String title = titleColumn < 0 ? null : r.field(titleColumn);
            String url = urlColumn < 0 ? null : r.field(urlColumn);
            if ((title == null || title.isBlank()) && (url == null || url.isBlank())) {
                problems.add("line " + r.line() + ": no title and no URL");
                continue;
            }
            result.add(new Candidate(title, url));
            lines.add(r.line());
        }
        if (!problems.isEmpty()) {
            throw new CandidateFormatException(problems);
        }
        checkDuplicates(result, lines);
        return result;
    }

    private static boolean isUrl(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.startsWith("http://") || l.startsWith("https://");
    }

    private static void checkDuplicates(List<Candidate> candidates, List<Integer> lines) {
        Map<Candidate, Integer> first = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Integer earlier = first.putIfAbsent(candidates.get(i), lines.get(i));
            if (earlier != null) {
                problems.add("line " + lines.get(i) + " repeats line " + earlier + " (" + candidates.get(i).label()
                        + "): list each candidate once");
            }
        }
        if (!problems.isEmpty()) {
            throw new CandidateFormatException(problems);
        }
    }
}
