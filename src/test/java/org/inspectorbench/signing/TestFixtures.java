package org.inspectorbench.signing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.inspectorbench.report.PdfFonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.time.Duration;
import java.time.Instant;

/**
 * Shared test material. RSA-3072 generation takes seconds on a busy machine, so the tests use one
 * fixed, test-only key pair (a resource; it protects nothing) and give each test identity a fresh
 * certificate for it: a different certificate is a different signer to the verifier and the trust
 * list. Key generation itself is tested once, in IdentitiesTest.
 */
public final class TestFixtures {

    public static final String INSPECTOR_NAME = "张三";
    public static final String INSPECTOR_ORG = "绵阳市政务公开检查组";
    public static final String REVIEWER_NAME = "李四";
    public static final String REVIEWER_ORG = "绵阳市人民政府办公室";

    private static KeyPair keys;
    private static SigningIdentity inspector;
    private static SigningIdentity reviewer;

    private TestFixtures() {
    }

    public static synchronized SigningIdentity inspector() {
        if (inspector == null) {
            inspector = create(INSPECTOR_NAME, INSPECTOR_ORG, Instant.now().minus(Duration.ofDays(1)),
                    Instant.now().plus(Duration.ofDays(365)));
        }
        return inspector;
    }

    public static synchronized SigningIdentity reviewer() {
        if (reviewer == null) {
            reviewer = create(REVIEWER_NAME, REVIEWER_ORG, Instant.now().minus(Duration.ofDays(1)),
                    Instant.now().plus(Duration.ofDays(365)));
        }
        return reviewer;
    }

    public static synchronized SigningIdentity create(String name, String org, Instant from, Instant to) {
        try {
            return Identities.create(new IdentityRequest(name, org, from, to), keyPair());
        } catch (SigningException e) {
            throw new IllegalStateException(e);
        }
    }

    static synchronized KeyPair keyPair() {
        if (keys == null) {
            try {
                keys = testKeyPair();
            } catch (GeneralSecurityException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
        return keys;
    }

    private static KeyPair testKeyPair() throws IOException, GeneralSecurityException {
        String pem;
        try (InputStream in = TestFixtures.class.getResourceAsStream("test-only-rsa3072.key.pem")) {
            pem = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        KeyFactory factory = KeyFactory.getInstance("RSA");
        RSAPrivateCrtKey key = (RSAPrivateCrtKey) factory.generatePrivate(
                new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        PublicKey pub = factory.generatePublic(new RSAPublicKeySpec(key.getModulus(), key.getPublicExponent()));
        return new KeyPair(pub, key);
    }

    /** A one-page A4 scorecard-like PDF in Chinese, written with the bundled subset font. */
    public static byte[] chinesePdf() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont bold = PdfFonts.bold(doc);
            PDFont regular = PdfFonts.regular(doc);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(bold, 18);
                cs.newLineAtOffset(72, 760);
                cs.showText("绵阳市政务公开检查考核评分表");
                cs.setFont(regular, 11);
                cs.newLineAtOffset(0, -30);
                cs.showText("被检查单位：绵阳市教育和体育局　总分：92.5　等次：优秀");
                cs.newLineAtOffset(0, -18);
                cs.showText("网站检查：合格　新媒体检查：合格");
                cs.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
