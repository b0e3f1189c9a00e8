package org.inspectorbench.cli;

import org.inspectorbench.bundle.BundleException;
import org.inspectorbench.bundle.BundleSigner;
import org.inspectorbench.bundle.SignerTrust;
import org.inspectorbench.bundle.TrustFolder;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import org.inspectorbench.store.WorkspaceException;

import java.nio.file.Path;
import java.util.function.Supplier;

/** What the bundle and conflicts commands share: errors as user messages, keys and trust lists. */
final class BundleCli {

    private BundleCli() {
    }

    static <T> T guard(Supplier<T> work) {
        try {
            return work.get();
        } catch (BundleException | WorkspaceException e) {
            throw new UserError(e.getMessage(), e);
        }
    }

    static BundleSigner signer(SigningIdentity identity) {
        return new BundleSigner(identity.privateKey(), identity.chain());
    }

    /** The trust folder of --trust, or null when none was given. */
    static SignerTrust trust(Path dir) {
        if (dir == null) {
            return null;
        }
        try {
            return TrustFolder.of(dir);
        } catch (SigningException e) {
            throw SigningErrors.of(e);
        }
    }
}
