package org.inspectorbench.bundle;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * manifest.p7s: a detached CMS signature (SHA-256) of the manifest's bytes, carrying the signer's
 * certificate. No signing-time attribute: the manifest says when the bundle was made, and without
 * it an RSA signature of the same manifest is the same bytes (deterministic bundles).
 */
final class ManifestSignature {

    private ManifestSignature() {
    }

    static byte[] sign(byte[] manifest, BundleSigner signer) {
        try {
            String algorithm = switch (signer.privateKey().getAlgorithm()) {
                case "RSA" -> "SHA256withRSA";
                case "EC", "ECDSA" -> "SHA256withECDSA";
                default -> throw new BundleException(BundleProblem.BAD_SIGNATURE, "cannot sign with a "
                        + signer.privateKey().getAlgorithm() + " key: use an RSA or EC identity (inspector keys new)");
            };
            var contentSigner = new JcaContentSignerBuilder(algorithm).build(signer.privateKey());
            CMSAttributeTableGenerator withoutTime = new CMSAttributeTableGenerator() {
                private final DefaultSignedAttributeTableGenerator base = new DefaultSignedAttributeTableGenerator();

                @Override
                public AttributeTable getAttributes(@SuppressWarnings("rawtypes") Map parameters) {
                    return base.getAttributes(parameters).remove(CMSAttributes.signingTime);
                }
            };
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(
                    new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(withoutTime)
                    .build(contentSigner, signer.certificate()));
            generator.addCertificates(new JcaCertStore(signer.chain()));
            return generator.generate(new CMSProcessableByteArray(manifest), false).getEncoded("DER");
        } catch (BundleException e) {
            throw e;
        } catch (Exception e) {
            throw new BundleException(BundleProblem.BAD_SIGNATURE,
                    "签名失败 could not sign the bundle manifest: " + e.getMessage(), e);
        }
    }

    /**
     * Verifies {@code p7s} over {@code manifest}; returns the signer's certificate.
     *
     * @throws BundleException BAD_SIGNATURE saying why
     */
    static X509Certificate verify(byte[] manifest, byte[] p7s) {
        CMSSignedData data;
        try (ASN1InputStream in = new ASN1InputStream(p7s)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                throw bad("manifest.p7s is empty");
            }
            data = new CMSSignedData(new CMSProcessableByteArray(manifest), ContentInfo.getInstance(first));
        } catch (BundleException e) {
            throw e;
        } catch (Exception e) {
            throw bad("manifest.p7s is not a CMS signature (" + e.getMessage() + ")");
        }
        Collection<SignerInformation> signers = data.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            throw bad("manifest.p7s has " + signers.size() + " signers; a bundle has exactly one");
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = data.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
        if (matches.isEmpty()) {
            throw bad("manifest.p7s does not carry the signer's certificate");
        }
        X509CertificateHolder holder = matches.iterator().next();
        try {
            if (!signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder))) {
                throw bad("the signature does not match manifest.json");
            }
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CMSSignerDigestMismatchException e) {
            throw bad("manifest.json was changed after it was signed");
        } catch (BundleException e) {
            throw e;
        } catch (Exception e) {
            throw bad("the signature cannot be verified (" + e.getMessage() + ")");
        }
    }

    static boolean sameCertificate(X509Certificate a, X509Certificate b) {
        try {
            return Arrays.equals(a.getEncoded(), b.getEncoded());
        } catch (Exception e) {
            return false;
        }
    }

    private static BundleException bad(String why) {
        return new BundleException(BundleProblem.BAD_SIGNATURE, "签名无效 bad signature: " + why
                + ". The bundle was changed or damaged after it was signed: ask its author to export it again."
                + " Nothing was imported.");
    }
}
