package org.inspectorbench.signing;

import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Reading names and fingerprints out of X.509 certificates, and their PEM form. */
public final class Certificates {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx");

    private Certificates() {
    }

    public static String subjectName(X509Certificate cert) {
        return attribute(cert, BCStyle.CN);
    }

    public static String subjectOrganisation(X509Certificate cert) {
        return attribute(cert, BCStyle.O);
    }

    static String attribute(X509Certificate cert, ASN1ObjectIdentifier type) {
        X500Name subject = X500Name.getInstance(cert.getSubjectX500Principal().getEncoded());
        RDN[] rdns = subject.getRDNs(type);
        return rdns.length == 0 ? "" : IETFUtils.valueToString(rdns[0].getFirst().getValue());
    }

    /** SHA-256 of the DER certificate as {@code AB:CD:...}, the form `openssl x509 -fingerprint -sha256` prints. */
    public static String sha256Fingerprint(X509Certificate cert) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(digest);
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("SHA-256 or certificate encoding unavailable", e);
        }
    }

    public static String toPem(X509Certificate cert) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter pem = new JcaPEMWriter(text)) {
            pem.writeObject(cert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * Every certificate in {@code bytes}: one or more PEM blocks, or one DER certificate (the two
     * forms .pem/.cer/.crt files come in).
     */
    static List<X509Certificate> parse(byte[] bytes) throws CertificateException {
        CertificateFactory factory = CertificateFactory.getInstance("X.509");
        List<X509Certificate> certs = new ArrayList<>();
        for (var c : factory.generateCertificates(new ByteArrayInputStream(bytes))) {
            certs.add((X509Certificate) c);
        }
        if (certs.isEmpty()) {
            throw new CertificateException("no certificate found");
        }
        return certs;
    }

    static String formatDate(Instant instant) {
        return DATE_TIME.format(instant.atZone(ZoneId.systemDefault()));
    }
}
