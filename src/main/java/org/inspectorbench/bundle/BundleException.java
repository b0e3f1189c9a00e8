package org.inspectorbench.bundle;

/**
 * A bundle refused, or a bundle operation that cannot be done. The message says what is wrong and
 * what to do; nothing was written to the workspace or to the output file.
 */
public class BundleException extends RuntimeException {

    private final BundleProblem problem;

    public BundleException(BundleProblem problem, String message) {
        super(message);
        this.problem = problem;
    }

    public BundleException(BundleProblem problem, String message, Throwable cause) {
        super(message, cause);
        this.problem = problem;
    }

    public BundleProblem problem() {
        return problem;
    }
}
