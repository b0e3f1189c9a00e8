package org.inspectorbench.csv;

/** A CSV text that cannot be split into records; the message names the line. */
public final class CsvFormatException extends RuntimeException {

    public CsvFormatException(String message) {
        super(message);
    }
}
