package org.inspectorbench.ui.report;

import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;

import java.nio.file.Path;
import java.time.Instant;

/** Opens or makes the identity a scorecard is signed with (a fake in view-model tests: RSA keys are slow). */
public interface SigningKeys {

    /** The identity in {@code keystore}, refused when the password is wrong or the certificate not valid {@code now}. */
    SigningIdentity open(Path keystore, char[] password, Instant now) throws SigningException;

    /** A new key and self-signed certificate, saved to {@code keystore} (never over an existing file). */
    SigningIdentity create(String name, String organisation, Path keystore, char[] password, Instant now)
            throws SigningException;
}
