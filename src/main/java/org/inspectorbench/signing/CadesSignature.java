package org.inspectorbench.signing;

import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.CMSObjectIdentifiers;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.CMSTypedData;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;

/**
 * The CMS inside a PDF signature, as PAdES baseline B wants it: detached (the PDF bytes are not
 * copied in), SHA-256, the signer's certificate, an ESS signing-certificate-v2 attribute binding
 * that certificate, and no CMS signing-time attribute (PAdES puts the time in the signature
 * dictionary's /M instead; ETSI EN 319 142-1, 5.4).
 */
final class CadesSignature implements SignatureInterface {

    private final SigningIdentity identity;

    CadesSignature(SigningIdentity identity) {
        this.identity = identity;
    }

    @Override
    public byte[] sign(InputStream content) throws IOException {
        X509Certificate cert = identity.certificate();
        try {
            var contentSigner = new JcaContentSignerBuilder(signatureAlgorithm()).build(identity.privateKey());
            var signerInfo = new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                    .setSignedAttributeGenerator(new PadesSignedAttributes(signingCertificateV2(cert)))
                    .build(contentSigner, cert);
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo);
            generator.addCertificates(new JcaCertStore(identity.chain()));
            CMSSignedData signed = generator.generate(new StreamedContent(content), false);
            return signed.getEncoded(ASN1Encoding.DER);
        } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("cannot make the CMS signature: " + e.getMessage(), e);
        }
    }

    private String signatureAlgorithm() {
        // Keystores made elsewhere may hold an EC key; ours are RSA (Identities).
        return "EC".equals(identity.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
    }

    private static Attribute signingCertificateV2(X509Certificate cert) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(cert.getEncoded());
        X500Name issuer = X500Name.getInstance(cert.getIssuerX500Principal().getEncoded());
        IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(issuer)), cert.getSerialNumber());
        // SHA-256 is ESSCertIDv2's default hash algorithm, so it is left out of the encoding.
        SigningCertificateV2 value = new SigningCertificateV2(new ESSCertIDv2(hash, issuerSerial));
        return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2, new DERSet(value));
    }

    /** BouncyCastle's standard signed attributes plus ours, minus signing-time. */
    private static final class PadesSignedAttributes implements CMSAttributeTableGenerator {
        private final Attribute signingCertificate;

        PadesSignedAttributes(Attribute signingCertificate) {
            this.signingCertificate = signingCertificate;
        }

        @Override
        @SuppressWarnings("rawtypes")
        public AttributeTable getAttributes(Map parameters) {
            ASN1EncodableVector ours = new ASN1EncodableVector();
            ours.add(signingCertificate);
            AttributeTable table = new DefaultSignedAttributeTableGenerator(new AttributeTable(ours))
                    .getAttributes(parameters);
            return table.remove(CMSAttributes.signingTime);
        }
    }

    /** The bytes PDFBox hands over (the PDF minus the /Contents gap), streamed into the digest. */
    private static final class StreamedContent implements CMSTypedData {
        private final InputStream in;

        StreamedContent(InputStream in) {
            this.in = in;
        }

        @Override
        public ASN1ObjectIdentifier getContentType() {
            return CMSObjectIdentifiers.data;
        }

        @Override
        public void write(OutputStream out) throws IOException {
            in.transferTo(out);
        }

        @Override
        public Object getContent() {
            return in;
        }
    }
}
