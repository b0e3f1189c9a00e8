package org.inspectorbench.bundle;

import java.security.cert.X509Certificate;

/**
 * Who may sign bundles that are accepted: the office's trust list (a folder of pinned
 * certificates, package signing), given with {@code --trust}.
 */
public interface SignerTrust {

    boolean trusts(X509Certificate certificate);

    /** Where the trusted certificates come from, for messages ("the trust folder D:\\trust"). */
    String describe();
}
