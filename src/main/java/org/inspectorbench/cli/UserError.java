package org.inspectorbench.cli;

/**
 * A problem with what the user gave us (a file, a name, a password). Its message is shown as it
 * is, without a stack trace, and the command exits with {@link #EXIT_BAD_INPUT}.
 */
public class UserError extends RuntimeException {

    public static final int EXIT_BAD_INPUT = 2;

    public UserError(String message) {
        super(message);
    }

    public UserError(String message, Throwable cause) {
        super(message, cause);
    }
}
