package org.inspectorbench.signing;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate (and chain, the certificate first): what signs a PDF.
 * Opened from a PKCS#12 file with {@link Identities#open} or made by {@link Identities#create}.
 */
public record SigningIdentity(PrivateKey privateKey, List<X509Certificate> chain) {

    public SigningIdentity {
        Objects.requireNonNull(privateKey, "privateKey");
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing identity needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.get(0);
    }

    /** The holder's name (CN of the certificate subject). */
    public String name() {
        return Certificates.subjectName(certificate());
    }

    /** The holder's organisation (O of the certificate subject), empty when absent. */
    public String organisation() {
        return Certificates.subjectOrganisation(certificate());
    }

    /** SHA-256 of the certificate, as in the office's trust list. */
    public String fingerprint() {
        return Certificates.sha256Fingerprint(certificate());
    }

    /**
     * Refuses an identity whose certificate is not valid at {@code time}: a signature made with
     * an expired certificate is worthless to the office, so we never make one.
     */
    public void checkValidAt(Instant time) throws SigningException {
        X509Certificate cert = certificate();
        Date at = Date.from(time);
        if (at.after(cert.getNotAfter())) {
            throw SigningProblem.of(SigningProblem.Kind.CERTIFICATE_EXPIRED,
                    "证书已过期 the certificate of " + name() + " expired on "
                            + Certificates.formatDate(cert.getNotAfter().toInstant())
                            + ": create a new identity with `inspector keys new` and send its certificate to the office");
        }
        if (at.before(cert.getNotBefore())) {
            throw SigningProblem.of(SigningProblem.Kind.CERTIFICATE_NOT_YET_VALID,
                    "证书尚未生效 the certificate of " + name() + " is valid only from "
                            + Certificates.formatDate(cert.getNotBefore().toInstant())
                            + ": check this computer's clock");
        }
    }
}
