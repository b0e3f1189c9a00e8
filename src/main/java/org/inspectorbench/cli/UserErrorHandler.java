package org.inspectorbench.cli;

import picocli.CommandLine;

/** Turns exceptions into a one-line message for the user; only unexpected ones keep a trace. */
final class UserErrorHandler implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parsed) {
        if (ex instanceof UserError) {
            cl.getErr().println("错误 error: " + ex.getMessage());
            return UserError.EXIT_BAD_INPUT;
        }
        cl.getErr().println("内部错误 internal error: " + ex);
        if (System.getenv("INSPECTOR_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        return 1;
    }
}
