package org.inspectorbench.report;

/**
 * Something about a report the user can act on (an unknown unit, a folder that cannot be written,
 * a signature that could not be made). The message says what is wrong and what to do; callers show
 * it without a stack trace. When one is thrown, no output file has been left behind.
 */
public final class ReportException extends Exception {

    /** What went wrong, so that a caller (the CLI, the workbench) can react without parsing text. */
    public enum Kind { UNKNOWN_UNIT, CANNOT_SCORE, CANNOT_WRITE, SIGNING_FAILED, CANCELLED }

    private final Kind kind;

    public ReportException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ReportException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
