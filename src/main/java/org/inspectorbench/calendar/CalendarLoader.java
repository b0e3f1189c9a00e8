package org.inspectorbench.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the working-day calendar: the files of {@code sample-data/calendar/} are built into the
 * program as class-path resources (pom.xml), so the packaged program needs no folder next to it;
 * {@link #fromFolder} reads another folder (a newer year added by the office without a rebuild).
 */
public final class CalendarLoader {

    /** Where the build puts sample-data/calendar/*.json. */
    public static final String RESOURCE_DIR = "/org/inspectorbench/calendar/";

    // A notice is published for the next year only; the range bounds the look-up, not the data.
    private static final int FIRST_PROBED_YEAR = 2000;
    private static final int LAST_PROBED_YEAR = 2099;
    private static final Pattern FILE_NAME = Pattern.compile("(\\d{4})\\.json");

    private static volatile WorkingDayCalendar bundled;

    private CalendarLoader() {
    }

    /**
     * The calendar built into the program (one resource per year, YYYY.json).
     *
     * @throws CalendarFormatException when a bundled file is invalid (a build that should not pass its tests)
     */
    public static WorkingDayCalendar bundled() {
        WorkingDayCalendar c = bundled;
        if (c == null) {
            List<CalendarYear> years = new ArrayList<>();
            for (int y = FIRST_PROBED_YEAR; y <= LAST_PROBED_YEAR; y++) {
                String name = RESOURCE_DIR + y + ".json";
                try (InputStream in = CalendarLoader.class.getResourceAsStream(name)) {
                    if (in != null) {
                        years.add(CalendarYearReader.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                                y + ".json (bundled)", y));
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read bundled calendar " + name, e);
                }
            }
            c = new WorkingDayCalendar(years);
            bundled = c;
        }
        return c;
    }

    /**
     * Every YYYY.json of a folder; other files are ignored.
     *
     * @throws CalendarFormatException listing the problems of every invalid file, or when the folder
     *         holds no calendar file
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static WorkingDayCalendar fromFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new CalendarFormatException(List.of(folder + ": not a folder (expected a folder of YYYY.json calendar files)"));
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) {
            throw new CalendarFormatException(List.of(folder + ": no calendar file (YYYY.json) in the folder"));
        }
        List<CalendarYear> years = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            Matcher m = FILE_NAME.matcher(f.getFileName().toString());
            m.matches();
            try {
                years.add(CalendarYearReader.read(Files.readString(f, StandardCharsets.UTF_8),
                        f.getFileName().toString(), Integer.parseInt(m.group(1))));
            } catch (CalendarFormatException e) {
                problems.addAll(e.problems());
            } catch (IOException e) {
                problems.add(f + ": cannot be read as UTF-8 text: " + e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new CalendarFormatException(problems);
        }
        return new WorkingDayCalendar(years);
    }

    /** One calendar file's text, validated (for tests and for checking a file before adding it). */
    public static CalendarYear parse(String json, String where) {
        return CalendarYearReader.read(json, where, null);
    }
}
