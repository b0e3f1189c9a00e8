package org.inspectorbench.bundle;

import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.TrustList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;

/**
 * The office's trust list as bundles use it: a folder of exported inspector certificates
 * ({@code inspector keys export-cert}), given with {@code --trust DIR} on the command line, or the
 * folder {@value #BESIDE_WORKSPACE} beside the workspace file in the workbench.
 */
public final class TrustFolder {

    public static final String BESIDE_WORKSPACE = "trusted-certs";

    private TrustFolder() {
    }

    /** The certificates in {@code dir}; a missing or unreadable folder is a {@link SigningException}. */
    public static SignerTrust of(Path dir) throws SigningException {
        TrustList list = TrustList.load(dir);
        return new SignerTrust() {
            @Override
            public boolean trusts(X509Certificate certificate) {
                return list.trusts(certificate);
            }

            @Override
            public String describe() {
                return "the trust folder " + dir + " (" + list.pinned().size() + " certificates)";
            }
        };
    }

    /**
     * The workbench's trust list: {@code trusted-certs} beside the workspace file when it exists,
     * else null (any valid signature is accepted, and the preview says it was not checked).
     */
    public static SignerTrust besideWorkspace(Path workspaceFile) throws SigningException {
        Path parent = workspaceFile.toAbsolutePath().getParent();
        Path dir = parent == null ? null : parent.resolve(BESIDE_WORKSPACE);
        return dir != null && Files.isDirectory(dir) ? of(dir) : null;
    }
}
