package org.inspectorbench.bundle;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;

/** The author's certificate as the manifest carries it (PEM), and its SHA-256 fingerprint. */
final class CertificatePem {

    private CertificatePem() {
    }

    static String write(X509Certificate cert) {
        try {
            String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                    .encodeToString(cert.getEncoded());
            return "-----BEGIN CERTIFICATE-----\n" + b64 + "\n-----END CERTIFICATE-----\n";
        } catch (Exception e) {
            throw new IllegalStateException("cannot encode a certificate", e);
        }
    }

    static X509Certificate read(String pem) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalArgumentException("not a PEM certificate: " + e.getMessage(), e);
        }
    }

    static String fingerprint(X509Certificate cert) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(cert.getEncoded()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot hash a certificate", e);
        }
    }

    /** The holder's name: the CN of the subject. */
    static String commonName(X509Certificate cert) {
        String dn = cert.getSubjectX500Principal().getName(javax.security.auth.x500.X500Principal.RFC2253);
        for (javax.naming.ldap.Rdn rdn : parse(dn)) {
            if (rdn.getType().equalsIgnoreCase("CN")) {
                return String.valueOf(rdn.getValue());
            }
        }
        return dn;
    }

    private static java.util.List<javax.naming.ldap.Rdn> parse(String dn) {
        try {
            return new javax.naming.ldap.LdapName(dn).getRdns();
        } catch (javax.naming.InvalidNameException e) {
            return java.util.List.of();
        }
    }
}
