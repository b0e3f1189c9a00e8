package org.inspectorbench.cli;

import org.inspectorbench.calendar.CalendarFormatException;
import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.calendar.WorkingDayCalendar;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reading what the user names on the command line, with messages that say what to do. */
final class CliInputs {

    private CliInputs() {
    }

    static LocalDate date(String text, String option) {
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new UserError(option + " \"" + text + "\" is not a date: write it as YYYY-MM-DD, e.g. 2022-11-25");
        }
    }

    /**
     * A text file as the inspector saved it: UTF-8 (with or without BOM), or GB18030 — what Excel on
     * a Chinese Windows writes for "CSV" — when the bytes are not valid UTF-8.
     */
    static String text(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserError(what + " " + file + " does not exist");
        } catch (IOException e) {
            throw new UserError(what + " " + file + " cannot be read: " + e.getMessage());
        }
        String s;
        try {
            s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            s = new String(bytes, Charset.forName("GB18030"));
        }
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    /** The bundled calendar, or the folder the user names. */
    static WorkingDayCalendar calendar(Path folder) {
        try {
            return folder == null ? CalendarLoader.bundled() : CalendarLoader.fromFolder(folder);
        } catch (CalendarFormatException e) {
            throw new UserError(e.getMessage() + "\n  Fix the calendar file (docs/calendar-format.md).");
        }
    }
}
