package org.inspectorbench.signing;

import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.cms.Time;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignerDigestMismatchException;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DefaultAlgorithmNameFinder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.util.Selector;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;

/**
 * Verifies the detached CMS of one signature over its signed bytes with BouncyCastle.
 *
 * <p>/Contents is zero-padded to its reserved size; BouncyCastle >= 1.85 rejects the padding
 * ("Extra data detected in stream"), so only the first ASN.1 object is read (tech-notes). A
 * changed byte in the signed range surfaces as {@link CMSSignerDigestMismatchException}: that is
 * "broken", not an error of the program.
 */
final class CmsCheck {

    /** {@code problem} is null when the signature value matches the signed bytes. */
    record Result(String problem, X509Certificate signer, Instant cmsSigningTime, String digestAlgorithm) {
    }

    private CmsCheck() {
    }

    static Result verify(byte[] cms, byte[] signedBytes) {
        CMSSignedData signedData;
        try (ASN1InputStream in = new ASN1InputStream(cms)) {
            ASN1Primitive first = in.readObject();
            if (first == null) {
                return new Result("签名值为空 the signature value is empty", null, null, null);
            }
            signedData = new CMSSignedData(new CMSProcessableByteArray(signedBytes), ContentInfo.getInstance(first));
        } catch (IOException | CMSException | IllegalArgumentException | ClassCastException e) {
            return new Result("签名值无法解析 the signature value is not a CMS structure (" + e.getMessage() + ")",
                    null, null, null);
        }
        Collection<SignerInformation> signers = signedData.getSignerInfos().getSigners();
        if (signers.size() != 1) {
            return new Result("签名值应只有一个签名人 the CMS has " + signers.size() + " signers; a PDF signature has one",
                    null, null, null);
        }
        SignerInformation signer = signers.iterator().next();
        @SuppressWarnings("unchecked")
        Collection<X509CertificateHolder> matches = signedData.getCertificates()
                .getMatches((Selector<X509CertificateHolder>) (Selector<?>) signer.getSID());
        if (matches.isEmpty()) {
            return new Result("签名值缺少签名人证书 the CMS does not carry the signer's certificate", null, null, null);
        }
        X509CertificateHolder holder = matches.iterator().next();
        X509Certificate cert;
        try {
            cert = new JcaX509CertificateConverter().getCertificate(holder);
        } catch (GeneralSecurityException e) {
            return new Result("签名人证书无法读取 the signer's certificate cannot be read (" + e.getMessage() + ")",
                    null, null, null);
        }
        Instant cmsTime = signingTime(signer);
        String digest = new DefaultAlgorithmNameFinder().getAlgorithmName(signer.getDigestAlgorithmID());
        try {
            boolean ok = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(holder));
            if (!ok) {
                return new Result("签名值与内容不符 the signature value does not match the signed content", cert, cmsTime, digest);
            }
        } catch (CMSSignerDigestMismatchException e) {
            return new Result("签名后内容被修改 the signed bytes were changed after signing (digest mismatch)", cert, cmsTime, digest);
        } catch (CMSException | OperatorCreationException | GeneralSecurityException | RuntimeException e) {
            return new Result("签名值无法验证 the signature cannot be verified (" + e.getMessage() + ")", cert, cmsTime, digest);
        }
        String binding = checkSigningCertificateV2(signer, cert);
        return new Result(binding, cert, cmsTime, digest);
    }

    private static Instant signingTime(SignerInformation signer) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(CMSAttributes.signingTime);
        if (attribute == null || attribute.getAttrValues().size() == 0) {
            return null;
        }
        try {
            return Time.getInstance(attribute.getAttrValues().getObjectAt(0)).getDate().toInstant();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * PAdES binds the certificate with ESS signing-certificate-v2: when the attribute is there, its
     * hash must be the certificate's (else someone swapped the certificate in the CMS).
     */
    private static String checkSigningCertificateV2(SignerInformation signer, X509Certificate cert) {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return null;
        }
        try {
            SigningCertificateV2 value = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0));
            ESSCertIDv2 id = value.getCerts()[0];
            DigestCalculator calculator = new JcaDigestCalculatorProviderBuilder().build().get(id.getHashAlgorithm());
            try (OutputStream out = calculator.getOutputStream()) {
                out.write(cert.getEncoded());
            }
            byte[] actual = calculator.getDigest();
            return Arrays.equals(actual, id.getCertHash()) ? null
                    : "签名证书属性不符 the signing-certificate-v2 attribute names another certificate";
        } catch (GeneralSecurityException | OperatorCreationException | IOException | RuntimeException e) {
            return "签名证书属性无法读取 the signing-certificate-v2 attribute cannot be read (" + e.getMessage() + ")";
        }
    }
}
