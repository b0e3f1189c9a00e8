package org.inspectorbench.store;

/**
 * A problem the user can act on (wrong file, newer version, file in use, bad input). The message
 * says what is wrong and what to do; the command line shows it without a stack trace. When one
 * is thrown from a write, nothing of that action has been stored.
 */
public class WorkspaceException extends RuntimeException {

    /** What went wrong, so that a caller can react without parsing the message. */
    public enum Reason {
        NOT_FOUND, ALREADY_EXISTS, NOT_SQLITE, NOT_A_WORKSPACE, NEWER_VERSION, CORRUPT, IN_USE,
        INVALID_INPUT, NOT_AN_IMAGE, CONFLICT, NOTHING_TO_UNDO, IO
    }

    private final Reason reason;

    public WorkspaceException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public WorkspaceException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
