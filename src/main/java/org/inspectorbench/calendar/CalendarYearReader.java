package org.inspectorbench.calendar;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.json.Json;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads one calendar file (docs/calendar-format.md). The tree is walked by hand rather than bound,
 * so that every problem is reported with its JSON path and the file is refused as a whole.
 */
final class CalendarYearReader {

    private static final Set<String> TOP = Set.of("year", "notice", "holidays");
    private static final Set<String> NOTICE = Set.of("issuer", "title", "number", "date");
    private static final Set<String> HOLIDAY = Set.of("name", "text", "from", "to", "makeUpWorkdays", "note");

    private final String where;
    private final List<String> problems = new ArrayList<>();

    private CalendarYearReader(String where) {
        this.where = where;
    }

    /**
     * @param where        the file's name, for messages
     * @param expectedYear the year the file name promises, or null when it does not name one
     * @throws CalendarFormatException listing every problem
     */
    static CalendarYear read(String json, String where, Integer expectedYear) {
        return new CalendarYearReader(where).parse(json, expectedYear);
    }

    private CalendarYear parse(String json, Integer expectedYear) {
        JsonNode root;
        try {
            root = Json.readTree(json);
        } catch (JsonProcessingException e) {
            throw new CalendarFormatException(List.of(where + ": not valid JSON: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new CalendarFormatException(List.of(where + ": expected a JSON object {\"year\": ..., \"notice\": ..., \"holidays\": [...]}"));
        }
        unknownFields(root, TOP, "");
        int year = 0;
        JsonNode yearNode = root.get("year");
        if (yearNode == null || !yearNode.isInt()) {
            problem("year", "missing or not a whole number");
        } else {
            year = yearNode.intValue();
            if (expectedYear != null && year != expectedYear) {
                problem("year", year + " does not match the file name (" + expectedYear + ".json)");
            }
        }
        HolidayNotice notice = notice(root.get("notice"));
        List<Holiday> holidays = new ArrayList<>();
        JsonNode list = root.get("holidays");
        if (list == null || !list.isArray()) {
            problem("holidays", "missing or not a list");
        } else {
            for (int i = 0; i < list.size(); i++) {
                Holiday h = holiday(list.get(i), "holidays[" + i + "]");
                if (h != null) {
                    holidays.add(h);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarFormatException(problems);
        }
        CalendarYear result = new CalendarYear(year, notice, holidays);
        List<String> rules = CalendarYearRules.check(result, where);
        if (!rules.isEmpty()) {
            throw new CalendarFormatException(rules);
        }
        return result;
    }

    private HolidayNotice notice(JsonNode node) {
        if (node == null || !node.isObject()) {
            problem("notice", "missing: name the State Council notice the dates come from (issuer, title, number, date)");
            return null;
        }
        unknownFields(node, NOTICE, "notice.");
        return new HolidayNotice(text(node, "notice.", "issuer", true), text(node, "notice.", "title", true),
                text(node, "notice.", "number", true), date(node.get("date"), "notice.date"));
    }

    private Holiday holiday(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            problem(path, "expected an object {\"name\", \"text\", \"from\", \"to\", \"makeUpWorkdays\"}");
            return null;
        }
        unknownFields(node, HOLIDAY, path + ".");
        String name = text(node, path + ".", "name", true);
        String text = text(node, path + ".", "text", true);
        LocalDate from = date(node.get("from"), path + ".from");
        LocalDate to = date(node.get("to"), path + ".to");
        List<LocalDate> makeUp = new ArrayList<>();
        JsonNode days = node.get("makeUpWorkdays");
        if (days == null || !days.isArray()) {
            problem(path + ".makeUpWorkdays", "missing or not a list (write [] when the notice names none)");
        } else {
            for (int i = 0; i < days.size(); i++) {
                LocalDate d = date(days.get(i), path + ".makeUpWorkdays[" + i + "]");
                if (d != null) {
                    makeUp.add(d);
                }
            }
        }
        String note = text(node, path + ".", "note", false);
        if (name == null || from == null || to == null) {
            return null;
        }
        return new Holiday(name, text, from, to, makeUp, note);
    }

    private String text(JsonNode node, String prefix, String field, boolean required) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                problem(prefix + field, "missing");
            }
            return null;
        }
        if (!v.isTextual() || v.textValue().isBlank()) {
            problem(prefix + field, "expected a non-empty text");
            return null;
        }
        return v.textValue();
    }

    private LocalDate date(JsonNode v, String path) {
        if (v == null || !v.isTextual()) {
            problem(path, "missing or not a date text \"YYYY-MM-DD\"");
            return null;
        }
        try {
            return LocalDate.parse(v.textValue());
        } catch (DateTimeParseException e) {
            problem(path, "\"" + v.textValue() + "\" is not a date (expected YYYY-MM-DD)");
            return null;
        }
    }

    private void unknownFields(JsonNode node, Set<String> known, String prefix) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                problem(prefix + f, "unknown field (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private void problem(String path, String what) {
        problems.add(where + ": " + path + ": " + what);
    }
}
