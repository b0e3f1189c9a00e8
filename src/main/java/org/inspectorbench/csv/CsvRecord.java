package org.inspectorbench.csv;

import java.util.List;

/**
 * One record of a CSV text.
 *
 * @param line the 1-based line the record starts on, for error messages
 */
public record CsvRecord(int line, List<String> fields) {

    public CsvRecord {
        fields = List.copyOf(fields);
    }

    /** The field at {@code index}, or "" when the row is shorter. */
    public String field(int index) {
        return index < fields.size() ? fields.get(index) : "";
    }

    public boolean blank() {
        return fields.stream().allMatch(String::isBlank);
    }
}
