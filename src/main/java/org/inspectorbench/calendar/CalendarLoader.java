package org.inspectorbench.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the working-day calendar: the files of {@code sample-data/calendar/} are built into the
 * program as class-path resources (pom.xml), so the packaged program needs no folder next to it;
 * {@link #fromFolder} reads another folder (a newer year added by the office without a rebuild).
 */
public final class CalendarLoader {

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
            // The files are listed beside this class, in the jar (or folder) it came from. Asked for
            // by name through the class path instead, each year that is not there was sought in
            // every jar on it: a hundred years probed, 45 jars in the app image.
            URL here = CalendarLoader.class.getResource(CalendarLoader.class.getSimpleName() + ".class");
            try {
                c = new WorkingDayCalendar(here == null ? List.of() : yearsBeside(here));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled calendar beside " + here, e);
            }
            bundled = c;
        }
        return c;
    }

    /** Every YYYY.json in the folder of {@code file}: a folder on disk, or a folder in a jar. */
    static List<CalendarYear> yearsBeside(URL file) throws IOException {
        Map<Integer, String> texts = new TreeMap<>();
        if ("jar".equals(file.getProtocol())) {
            JarURLConnection connection = (JarURLConnection) file.openConnection();
            connection.setUseCaches(false);
            try (JarFile jar = connection.getJarFile()) {
                String entry = connection.getEntryName();
                String folder = entry.substring(0, entry.lastIndexOf('/') + 1);
                for (JarEntry e : Collections.list(jar.entries())) {
                    String name = e.getName();
                    Matcher m = FILE_NAME.matcher(name.startsWith(folder) ? name.substring(folder.length()) : "");
                    if (m.matches()) {
                        try (InputStream in = jar.getInputStream(e)) {
                            texts.put(Integer.parseInt(m.group(1)), new String(in.readAllBytes(), StandardCharsets.UTF_8));
                        }
                    }
                }
            }
        } else {
            Path folder;
            try {
                folder = Path.of(file.toURI()).getParent();
            } catch (URISyntaxException | IllegalArgumentException notAFile) {
                throw new IOException("neither a jar nor a folder: " + file, notAFile);
            }
            for (Path f : calendarFiles(folder)) {
                texts.put(year(f), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        List<CalendarYear> years = new ArrayList<>();
        texts.forEach((year, text) -> years.add(CalendarYearReader.read(text, year + ".json (bundled)", year)));
        return years;
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
        try {
            files = calendarFiles(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        if (files.isEmpty()) {
            throw new CalendarFormatException(List.of(folder + ": no calendar file (YYYY.json) in the folder"));
        }
        List<CalendarYear> years = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            try {
                years.add(CalendarYearReader.read(Files.readString(f, StandardCharsets.UTF_8),
                        f.getFileName().toString(), year(f)));
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

    /** The YYYY.json files of a folder, in order of their names. */
    private static List<Path> calendarFiles(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> FILE_NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
    }

    /** The year a calendar file is named for (one of {@link #calendarFiles}). */
    private static int year(Path calendarFile) {
        Matcher m = FILE_NAME.matcher(calendarFile.getFileName().toString());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a YYYY.json file: " + calendarFile);
        }
        return Integer.parseInt(m.group(1));
    }

    /** One calendar file's text, validated (for tests and for checking a file before adding it). */
    public static CalendarYear parse(String json, String where) {
        return CalendarYearReader.read(json, where, null);
    }
}
