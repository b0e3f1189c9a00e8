package org.inspectorbench.signing;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfVerifierTest {

    private static byte[] signed;
    private static byte[] countersigned;

    @TempDir
    Path dir;

    @BeforeAll
    static void sign() throws Exception {
        signed = new PdfSigner(TestFixtures.inspector()).sign(TestFixtures.chinesePdf(), SignatureRequest.now());
        countersigned = new PdfSigner(TestFixtures.reviewer()).countersign(signed, SignatureRequest.now());
    }

    @Test
    void oneFlippedByteInTheSignedRangeBreaksTheSignature() throws Exception {
        VerificationReport report = new PdfVerifier().verify(Tampering.flipByteInSignedRange(signed));
        assertEquals(VerificationReport.Verdict.BROKEN, report.verdict());
        SignatureCheck s = report.signatures().get(0);
        assertEquals(SignatureCheck.Integrity.BROKEN, s.integrity());
        assertTrue(s.problem().contains("digest mismatch"), s.problem());
        assertEquals("张三", s.signerName(), "the signer is still named");
    }

    @Test
    void aFlippedByteUnderTheFirstOfTwoSignaturesBreaksBoth() throws Exception {
        VerificationReport report = new PdfVerifier().verify(Tampering.flipByteInSignedRange(countersigned));
        assertEquals(VerificationReport.Verdict.BROKEN, report.verdict());
        assertFalse(report.signatures().get(0).intact());
        assertFalse(report.signatures().get(1).intact());
    }

    @Test
    void contentAppendedAfterSigningLeavesTheSignatureIntactButNotCoveringTheDocument() throws Exception {
        byte[] changed = Tampering.appendIncrementalUpdate(signed);
        VerificationReport report = new PdfVerifier().verify(changed);
        assertEquals(VerificationReport.Verdict.CHANGED_AFTER_SIGNING, report.verdict());
        assertEquals(changed.length - signed.length, report.bytesAfterLastSignature());
        SignatureCheck s = report.signatures().get(0);
        assertTrue(s.intact());
        assertFalse(s.coversWholeDocument());
    }

    @Test
    void countersignedFileListsBothInSigningOrderWithTheFirstEndingAtARevision() throws Exception {
        VerificationReport report = new PdfVerifier().verify(countersigned);
        assertEquals(VerificationReport.Verdict.INTACT, report.verdict());
        assertEquals(0, report.bytesAfterLastSignature());
        assertEquals(1, report.signatures().get(0).number());
        assertEquals("张三", report.signatures().get(0).signerName());
        assertEquals("李四", report.signatures().get(1).signerName());
        assertEquals(signed.length, report.signatures().get(0).signedRange().get(2)
                + report.signatures().get(0).signedRange().get(3), "the first signature ends where its revision ended");
        assertTrue(report.signatures().get(0).notes().isEmpty(), report.signatures().get(0).notes().toString());
    }

    @Test
    void trustComesOnlyFromPinnedCertificates() throws Exception {
        assertEquals(SignatureCheck.Trust.NOT_CHECKED, new PdfVerifier().verify(countersigned).signatures().get(0).trust());

        Path trust = Files.createDirectory(dir.resolve("trust"));
        VerificationReport none = new PdfVerifier(TrustList.load(trust)).verify(countersigned);
        assertEquals(SignatureCheck.Trust.UNTRUSTED, none.signatures().get(0).trust());
        assertFalse(none.allTrusted());

        Identities.exportCertificate(TestFixtures.inspector(), trust.resolve("zhangsan.pem"));
        VerificationReport one = new PdfVerifier(TrustList.load(trust)).verify(countersigned);
        assertEquals(SignatureCheck.Trust.TRUSTED, one.signatures().get(0).trust());
        assertEquals(SignatureCheck.Trust.UNTRUSTED, one.signatures().get(1).trust());
        assertFalse(one.allTrusted());

        Identities.exportCertificate(TestFixtures.reviewer(), trust.resolve("lisi.pem"));
        assertTrue(new PdfVerifier(TrustList.load(trust)).verify(countersigned).allTrusted());
    }

    @Test
    void sameNameWithAnotherKeyIsNotTrusted() throws Exception {
        // A stranger can make a certificate saying CN=张三; only the pinned fingerprint counts.
        SigningIdentity impostor = TestFixtures.create(TestFixtures.INSPECTOR_NAME, TestFixtures.INSPECTOR_ORG,
                TestFixtures.inspector().certificate().getNotBefore().toInstant(),
                TestFixtures.inspector().certificate().getNotAfter().toInstant());
        byte[] forged = new PdfSigner(impostor).sign(TestFixtures.chinesePdf(), SignatureRequest.now());
        Path trust = Files.createDirectory(dir.resolve("trust"));
        Identities.exportCertificate(TestFixtures.inspector(), trust.resolve("zhangsan.pem"));

        SignatureCheck s = new PdfVerifier(TrustList.load(trust)).verify(forged).signatures().get(0);
        assertTrue(s.intact());
        assertEquals("张三", s.signerName());
        assertEquals(SignatureCheck.Trust.UNTRUSTED, s.trust());
    }

    @Test
    void unsignedPdfHasNoSignatures() throws Exception {
        VerificationReport report = new PdfVerifier().verify(TestFixtures.chinesePdf());
        assertEquals(VerificationReport.Verdict.NO_SIGNATURES, report.verdict());
        assertTrue(report.signatures().isEmpty());
    }

    @Test
    void aSignatureValueMovedOutOfTheSignedGapIsBroken() throws Exception {
        // Shift the ByteRange's second offset: the gap no longer is exactly the /Contents string.
        String text = new String(signed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf("/ByteRange [0 ");
        int numberStart = at + "/ByteRange [0 ".length();
        int numberEnd = text.indexOf(' ', numberStart);
        long b = Long.parseLong(text.substring(numberStart, numberEnd));
        String shifted = String.valueOf(b - 1);
        assertEquals(String.valueOf(b).length(), shifted.length(), "same length keeps the offsets valid");
        byte[] tampered = (text.substring(0, numberStart) + shifted + text.substring(numberEnd))
                .getBytes(StandardCharsets.ISO_8859_1);

        SignatureCheck s = new PdfVerifier().verify(tampered).signatures().get(0);
        assertEquals(SignatureCheck.Integrity.BROKEN, s.integrity());
        assertTrue(s.problem().contains("gap"), s.problem());
    }

    @Test
    void notAPdfIsAProblemNotAVerdict() throws Exception {
        Path file = Files.writeString(dir.resolve("scorecard.pdf"), "<html>not a pdf</html>");
        assertEquals(SigningProblem.Kind.NOT_PDF,
                assertThrows(SigningException.class, () -> new PdfVerifier().verify(file)).problem().kind());
        assertEquals(SigningProblem.Kind.PDF_MISSING,
                assertThrows(SigningException.class, () -> new PdfVerifier().verify(dir.resolve("gone.pdf"))).problem().kind());
    }
}
