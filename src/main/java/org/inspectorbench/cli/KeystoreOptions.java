package org.inspectorbench.cli;

import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;

/** {@code --keystore K.p12} and its password. */
final class KeystoreOptions {

    @Option(names = "--keystore", required = true, paramLabel = "K.p12",
            description = "the signer's PKCS#12 keystore (made by `inspector keys new`)")
    Path keystore;

    @Mixin
    PasswordOptions password = new PasswordOptions();

    /** The identity, refused when its certificate is not valid at {@code now}. */
    SigningIdentity openForSigning(Instant now) {
        checkExists();
        char[] pw = password.read(keystore.toString());
        try {
            return Identities.open(keystore, pw, now);
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }

    private void checkExists() {
        try {
            Identities.checkExists(keystore);
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        }
    }

    /** The identity whatever its certificate's dates (to show or export it). */
    SigningIdentity read() {
        checkExists();
        char[] pw = password.read(keystore.toString());
        try {
            return Identities.read(keystore, pw);
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        } finally {
            Arrays.fill(pw, '\0');
        }
    }
}
