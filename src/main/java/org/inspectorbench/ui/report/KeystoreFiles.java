package org.inspectorbench.ui.report;

import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.IdentityRequest;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;

import java.nio.file.Path;
import java.time.Instant;

/** PKCS#12 keystores through the signing package, as {@code inspector keys new} makes them. */
public final class KeystoreFiles implements SigningKeys {

    @Override
    public SigningIdentity open(Path keystore, char[] password, Instant now) throws SigningException {
        Identities.checkExists(keystore);
        return Identities.open(keystore, password, now);
    }

    @Override
    public SigningIdentity create(String name, String organisation, Path keystore, char[] password, Instant now)
            throws SigningException {
        // Checked before the slow key generation: a short password should not cost the inspector seconds.
        Identities.checkNewPassword(password);
        SigningIdentity identity = Identities.create(IdentityRequest.of(name, organisation,
                IdentityRequest.DEFAULT_VALID_DAYS, now));
        Identities.save(identity, keystore, password);
        return identity;
    }
}
