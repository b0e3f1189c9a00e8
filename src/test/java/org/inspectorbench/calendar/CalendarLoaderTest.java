package org.inspectorbench.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CalendarLoaderTest {

    private static String file(int year, String holidays) {
        return """
                {"year": %d,
                 "notice": {"issuer": "国务院办公厅", "title": "国务院办公厅关于%d年部分节假日安排的通知",
                            "number": "国办发明电〔%d〕1号", "date": "%d-11-01"},
                 "holidays": [%s]}
                """.formatted(year, year, year - 1, year - 1, holidays);
    }

    private static List<String> problems(String json) {
        return assertThrows(CalendarFormatException.class, () -> CalendarLoader.parse(json, "t.json")).problems();
    }

    private static void assertOneProblemContaining(String json, String text) {
        List<String> p = problems(json);
        assertTrue(p.stream().anyMatch(s -> s.contains(text)), p.toString());
    }

    @Test
    void validFileParses() {
        CalendarYear y = CalendarLoader.parse(file(2022,
                "{\"name\": \"国庆节\", \"text\": \"…\", \"from\": \"2022-10-01\", \"to\": \"2022-10-07\", \"makeUpWorkdays\": [\"2022-10-08\"]}"),
                "t.json");
        assertEquals(LocalDate.of(2022, 10, 8), y.holidays().get(0).makeUpWorkdays().get(0));
    }

    @Test
    void badDateIsNamedWithItsPath() {
        assertOneProblemContaining(file(2022,
                "{\"name\": \"春节\", \"text\": \"…\", \"from\": \"2022-02-30\", \"to\": \"2022-02-06\", \"makeUpWorkdays\": []}"),
                "holidays[0].from: \"2022-02-30\" is not a date");
    }

    @Test
    void dayBothOffAndOnIsRefused() {
        assertOneProblemContaining(file(2022,
                "{\"name\": \"国庆节\", \"text\": \"…\", \"from\": \"2022-10-01\", \"to\": \"2022-10-07\", \"makeUpWorkdays\": [\"2022-10-02\"]}"),
                "2022-10-02 is listed both as a day off");
    }

    @Test
    void makeUpDayOnAWeekdayIsRefused() {
        assertOneProblemContaining(file(2022,
                "{\"name\": \"国庆节\", \"text\": \"…\", \"from\": \"2022-10-01\", \"to\": \"2022-10-07\", \"makeUpWorkdays\": [\"2022-10-10\"]}"),
                "2022-10-10 is a MONDAY, not a Saturday or Sunday");
    }

    @Test
    void holidayOfAnotherYearIsRefused() {
        assertOneProblemContaining(file(2023,
                "{\"name\": \"元旦\", \"text\": \"…\", \"from\": \"2022-12-31\", \"to\": \"2023-01-02\", \"makeUpWorkdays\": []}"),
                "are not all in 2023");
    }

    @Test
    void unknownFieldsAndMissingNoticeAreReported() {
        List<String> p = problems("{\"year\": 2022, \"holiday\": []}");
        assertTrue(p.stream().anyMatch(s -> s.contains("holiday: unknown field")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("notice: missing")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.contains("holidays: missing")), p.toString());
        assertTrue(problems("not json").get(0).contains("not valid JSON"));
    }

    @Test
    void folderLoadingChecksTheFileNameAndReportsEveryBadFile(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("2022.json"), file(2023, ""));
        Files.writeString(dir.resolve("2024.json"), file(2024,
                "{\"name\": \"x\", \"text\": \"…\", \"from\": \"2024-13-01\", \"to\": \"2024-01-01\", \"makeUpWorkdays\": []}"));
        Files.writeString(dir.resolve("readme.txt"), "ignored");
        List<String> p = assertThrows(CalendarFormatException.class, () -> CalendarLoader.fromFolder(dir)).problems();
        assertTrue(p.stream().anyMatch(s -> s.startsWith("2022.json: year: 2023 does not match")), p.toString());
        assertTrue(p.stream().anyMatch(s -> s.startsWith("2024.json: holidays[0].from")), p.toString());
    }

    @Test
    void folderWithTheSampleDataLoads() {
        WorkingDayCalendar c = CalendarLoader.fromFolder(Path.of("sample-data/calendar"));
        assertEquals(CalendarLoader.bundled().years(), c.years());
        assertEquals(CalendarLoader.bundled().workingDaysBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)),
                c.workingDaysBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 12, 31)));
    }

    @Test
    void theYearsInAJarAreReadFromThatJarAlone(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("program.jar");
        // Two years beside the class, a file that is not a year, and a year elsewhere in the jar.
        java.util.Map<String, String> entries = java.util.Map.of(
                "org/inspectorbench/calendar/CalendarLoader.class", "the class",
                "org/inspectorbench/calendar/2024.json", file(2024, ""),
                "org/inspectorbench/calendar/2026.json", file(2026, ""),
                "org/inspectorbench/calendar/notes.txt", "not a calendar",
                "org/inspectorbench/2025.json", file(2025, ""));
        try (var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            for (var e : entries.entrySet()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getKey()));
                out.write(e.getValue().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        java.net.URL besides = new java.net.URL("jar:" + jar.toUri() + "!/org/inspectorbench/calendar/CalendarLoader.class");
        assertEquals(List.of(2024, 2026), CalendarLoader.yearsBeside(besides).stream().map(CalendarYear::year).toList());
    }

    @Test
    void emptyOrMissingFolderIsAClearError(@TempDir Path dir) {
        assertTrue(assertThrows(CalendarFormatException.class, () -> CalendarLoader.fromFolder(dir))
                .getMessage().contains("no calendar file"));
        assertTrue(assertThrows(CalendarFormatException.class, () -> CalendarLoader.fromFolder(dir.resolve("nope")))
                .getMessage().contains("not a folder"));
    }
}
