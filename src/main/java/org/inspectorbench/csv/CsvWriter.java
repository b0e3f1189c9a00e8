package org.inspectorbench.csv;

import java.util.List;
import java.util.stream.Collectors;

/** Writes CSV rows that {@link Csv} (and spreadsheets) read back unchanged. */
public final class CsvWriter {

    private CsvWriter() {
    }

    /** One row, with its CRLF line end (RFC 4180). */
    public static String row(List<String> fields) {
        return fields.stream().map(CsvWriter::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(String f) {
        if (f == null) {
            return "";
        }
        if (f.indexOf(',') >= 0 || f.indexOf('"') >= 0 || f.indexOf('\n') >= 0 || f.indexOf('\r') >= 0) {
            return "\"" + f.replace("\"", "\"\"") + "\"";
        }
        return f;
    }
}
