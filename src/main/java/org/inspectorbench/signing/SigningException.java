package org.inspectorbench.signing;

/**
 * Carries a {@link SigningProblem} out of the signing API. Callers show {@link #problem()}'s
 * message; the stack trace is for developers only.
 */
public final class SigningException extends Exception {

    private final transient SigningProblem problem;

    SigningException(SigningProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public SigningProblem problem() {
        return problem;
    }
}
