package org.inspectorbench.cli;

import org.inspectorbench.signing.SigningException;

/** The signing API's problems shown to the command-line user (exit code 2, no stack trace). */
final class SigningErrors {

    private SigningErrors() {
    }

    static UserError of(SigningException e) {
        return new UserError(e.problem().message(), e);
    }
}
