package org.inspectorbench.bundle;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Signers for tests: EC P-256 (fast to make) or RSA (deterministic signatures), one per name. */
final class TestSigners {

    private static final Map<String, BundleSigner> CACHE = new ConcurrentHashMap<>();

    private TestSigners() {
    }

    static BundleSigner ec(String name) {
        return CACHE.computeIfAbsent("ec:" + name, k -> make(name, "EC"));
    }

    static BundleSigner rsa(String name) {
        return CACHE.computeIfAbsent("rsa:" + name, k -> make(name, "RSA"));
    }

    static SignerTrust trusting(BundleSigner... signers) {
        return new SignerTrust() {
            @Override
            public boolean trusts(X509Certificate c) {
                for (BundleSigner s : signers) {
                    if (s.certificate().equals(c)) {
                        return true;
                    }
                }
                return false;
            }

            @Override
            public String describe() {
                return "the test trust list";
            }
        };
    }

    private static BundleSigner make(String name, String algorithm) {
        try {
            KeyPairGenerator g = KeyPairGenerator.getInstance(algorithm);
            if (algorithm.equals("EC")) {
                g.initialize(new ECGenParameterSpec("secp256r1"));
            } else {
                g.initialize(2048);
            }
            KeyPair keys = g.generateKeyPair();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, name)
                    .addRDN(BCStyle.O, "绵阳市政务公开检查组").build();
            Instant now = Instant.now();
            var builder = new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(365, ChronoUnit.DAYS)), subject,
                    keys.getPublic());
            String alg = algorithm.equals("EC") ? "SHA256withECDSA" : "SHA256withRSA";
            X509Certificate cert = new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(alg).build(keys.getPrivate())));
            return new BundleSigner(keys.getPrivate(), List.of(cert));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
