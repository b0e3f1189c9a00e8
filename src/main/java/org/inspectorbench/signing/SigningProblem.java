package org.inspectorbench.signing;

/**
 * Something the user can fix (a path, a password, an expired certificate, a file that is not a
 * PDF), as a value: a stable key for the UI and a message saying what is wrong and what to do.
 */
public record SigningProblem(Kind kind, String message) {

    public enum Kind {
        KEYSTORE_MISSING,
        OUTPUT_EXISTS,
        NOT_PKCS12,
        WRONG_PASSWORD,
        WEAK_PASSWORD,
        NO_PRIVATE_KEY,
        CERTIFICATE_EXPIRED,
        CERTIFICATE_NOT_YET_VALID,
        BAD_IDENTITY,
        PDF_MISSING,
        NOT_PDF,
        PDF_ENCRYPTED,
        PDF_LOCKED_BY_CERTIFICATION,
        NOT_SIGNED_YET,
        EXISTING_SIGNATURES_NOT_INTACT,
        BAD_PLACEMENT,
        TRUST_DIR_MISSING,
        CERTIFICATE_FILE_INVALID,
        CANNOT_WRITE
    }

    /** Message key for the UI's resource bundle, e.g. {@code signing.wrong-password}. */
    public String key() {
        return "signing." + kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    SigningException exception() {
        return new SigningException(this);
    }

    static SigningException of(Kind kind, String message) {
        return new SigningProblem(kind, message).exception();
    }

    static SigningException of(Kind kind, String message, Throwable cause) {
        SigningException e = new SigningProblem(kind, message).exception();
        if (cause != null) {
            e.initCause(cause);
        }
        return e;
    }
}
