package org.inspectorbench.bundle;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * The key a bundle is signed with and its certificate (chain, the signer's first): an inspector's
 * or the office's PKCS#12 identity (package signing opens those files).
 */
public record BundleSigner(PrivateKey privateKey, List<X509Certificate> chain) {

    public BundleSigner {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a bundle signer needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }
}
