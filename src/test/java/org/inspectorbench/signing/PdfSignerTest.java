package org.inspectorbench.signing;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfSignerTest {

    @TempDir
    Path dir;

    @Test
    void signedPdfHasOnePadesSignatureCoveringTheWholeFile() throws Exception {
        byte[] plain = TestFixtures.chinesePdf();
        byte[] signed = new PdfSigner(TestFixtures.inspector()).sign(plain, SignatureRequest.now());

        // Incremental: the original bytes are the start of the signed file, unchanged.
        assertArrayEquals(plain, java.util.Arrays.copyOf(signed, plain.length));
        VerificationReport report = new PdfVerifier().verify(signed);
        assertEquals(VerificationReport.Verdict.INTACT, report.verdict());
        SignatureCheck s = report.signatures().get(0);
        assertTrue(s.intact());
        assertTrue(s.coversWholeDocument());
        assertEquals("张三", s.signerName());
        assertEquals("绵阳市政务公开检查组", s.signerOrganisation());
        assertEquals("检查考核评分确认", s.reason());
        assertEquals("ETSI.CAdES.detached", s.subFilter());
        assertEquals(SignatureCheck.CertificateTime.VALID, s.certificateAtSigningTime());
    }

    @Test
    void cmsHasSigningCertificateV2AndNoSigningTimeWhichIsInTheDictionary() throws Exception {
        Instant time = Instant.parse("2025-06-30T02:15:00Z");
        SigningIdentity id = TestFixtures.create("张三", "绵阳市政务公开检查组",
                time.minus(Duration.ofDays(1)), time.plus(Duration.ofDays(3650)));
        byte[] signed = new PdfSigner(id).sign(TestFixtures.chinesePdf(), SignatureRequest.now().withTime(time));

        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDSignature sig = doc.getLastSignatureDictionary();
            assertEquals(time, sig.getSignDate().toInstant());
            assertEquals(PDSignature.FILTER_ADOBE_PPKLITE.getName(), sig.getFilter());
            CMSSignedData cms;
            try (ASN1InputStream in = new ASN1InputStream(sig.getContents())) {
                cms = new CMSSignedData(ContentInfo.getInstance(in.readObject()));
            }
            assertTrue(cms.isDetachedSignature());
            AttributeTable attributes = cms.getSignerInfos().getSigners().iterator().next().getSignedAttributes();
            assertNull(attributes.get(CMSAttributes.signingTime), "PAdES: the time is in /M only");
            assertNotNull(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2));
            // Never certified: a DocMDP P=1 certification would forbid the countersignature.
            assertNull(doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS));
        }
    }

    @Test
    void visibleBoxSitsBottomRightOfTheLastPageWithTheSubsetChineseFont() throws Exception {
        byte[] signed = new PdfSigner(TestFixtures.inspector()).sign(twoPagePdf(), SignatureRequest.now());
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = widgetOf(doc, 0);
            assertEquals(doc.getPage(1).getCOSObject(), widget.getPage().getCOSObject());
            PDRectangle r = widget.getRectangle();
            PDRectangle page = doc.getPage(1).getMediaBox();
            assertEquals(page.getUpperRightX() - SignaturePlacement.MARGIN, r.getUpperRightX(), 0.01);
            assertEquals(SignaturePlacement.MARGIN, r.getLowerLeftY(), 0.01);
            assertTrue(widget.isPrinted(), "the box must print: scorecards are filed on paper too");

            PDResources resources = widget.getAppearance().getNormalAppearance().getAppearanceStream().getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertFalse(fonts.isEmpty());
            for (PDFont font : fonts) {
                assertTrue(font instanceof PDType0Font, font.getName());
                assertTrue(font.isEmbedded(), font.getName());
                assertTrue(font.getName().matches("[A-Z]{6}\\+NotoSansSC-.*"), "subset prefix: " + font.getName());
            }
        }
    }

    @Test
    void countersignatureKeepsTheFirstIntactAndPutsItsBoxBesideIt() throws Exception {
        byte[] once = new PdfSigner(TestFixtures.inspector()).sign(TestFixtures.chinesePdf(), SignatureRequest.now());
        byte[] twice = new PdfSigner(TestFixtures.reviewer()).countersign(once,
                SignatureRequest.now().withReason("检查考核评分复核"));

        VerificationReport report = new PdfVerifier().verify(twice);
        assertEquals(VerificationReport.Verdict.INTACT, report.verdict());
        assertEquals(2, report.signatures().size());
        SignatureCheck first = report.signatures().get(0);
        SignatureCheck second = report.signatures().get(1);
        assertEquals("张三", first.signerName());
        assertTrue(first.intact());
        assertFalse(first.coversWholeDocument());
        assertEquals("李四", second.signerName());
        assertTrue(second.intact());
        assertTrue(second.coversWholeDocument());
        assertEquals("检查考核评分复核", second.reason());

        try (PDDocument doc = Loader.loadPDF(twice)) {
            PDRectangle a = widgetOf(doc, 0).getRectangle();
            PDRectangle b = widgetOf(doc, 1).getRectangle();
            assertTrue(b.getUpperRightX() <= a.getLowerLeftX() || b.getUpperRightY() <= a.getLowerLeftY(),
                    "the reviewer's box must not cover the inspector's");
        }
    }

    @Test
    void countersignRefusesUnsignedBrokenOrChangedInput() throws Exception {
        PdfSigner reviewer = new PdfSigner(TestFixtures.reviewer());
        assertEquals(SigningProblem.Kind.NOT_SIGNED_YET, assertThrows(SigningException.class,
                () -> reviewer.countersign(TestFixtures.chinesePdf(), SignatureRequest.now())).problem().kind());

        byte[] signed = new PdfSigner(TestFixtures.inspector()).sign(TestFixtures.chinesePdf(), SignatureRequest.now());
        assertEquals(SigningProblem.Kind.EXISTING_SIGNATURES_NOT_INTACT, assertThrows(SigningException.class,
                () -> reviewer.countersign(Tampering.flipByteInSignedRange(signed), SignatureRequest.now())).problem().kind());
        assertEquals(SigningProblem.Kind.EXISTING_SIGNATURES_NOT_INTACT, assertThrows(SigningException.class,
                () -> reviewer.countersign(Tampering.appendIncrementalUpdate(signed), SignatureRequest.now())).problem().kind());
    }

    @Test
    void callerChosenBoxAndPageAreUsedAndOutOfRangeOnesRefused() throws Exception {
        SignatureRequest request = SignatureRequest.now().withPlacement(SignaturePlacement.at(1, 72, 400, 200, 70));
        byte[] signed = new PdfSigner(TestFixtures.inspector()).sign(twoPagePdf(), request);
        try (PDDocument doc = Loader.loadPDF(signed)) {
            PDAnnotationWidget widget = widgetOf(doc, 0);
            assertEquals(doc.getPage(0).getCOSObject(), widget.getPage().getCOSObject());
            assertEquals(72, widget.getRectangle().getLowerLeftX(), 0.01);
            assertEquals(470, widget.getRectangle().getUpperRightY(), 0.01);
        }
        PdfSigner signer = new PdfSigner(TestFixtures.inspector());
        assertEquals(SigningProblem.Kind.BAD_PLACEMENT, assertThrows(SigningException.class, () -> signer.sign(twoPagePdf(),
                SignatureRequest.now().withPlacement(SignaturePlacement.automatic(3)))).problem().kind());
        assertEquals(SigningProblem.Kind.BAD_PLACEMENT, assertThrows(SigningException.class, () -> signer.sign(twoPagePdf(),
                SignatureRequest.now().withPlacement(SignaturePlacement.at(1, 500, 40, 220, 76)))).problem().kind());
    }

    @Test
    void expiredCertificateLeavesNoFileAndTheExistingOutputUntouched() throws Exception {
        Instant now = Instant.now();
        SigningIdentity expired = TestFixtures.create("王五", "绵阳市政务公开检查组",
                now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)));
        Path in = Files.write(dir.resolve("scorecard.pdf"), TestFixtures.chinesePdf());
        Path fresh = dir.resolve("signed.pdf");
        Path existing = Files.writeString(dir.resolve("old.pdf"), "earlier output");

        SigningException e = assertThrows(SigningException.class,
                () -> new PdfSigner(expired).sign(in, fresh, SignatureRequest.now()));
        assertEquals(SigningProblem.Kind.CERTIFICATE_EXPIRED, e.problem().kind());
        assertThrows(SigningException.class, () -> new PdfSigner(expired).sign(in, existing, SignatureRequest.now()));

        assertFalse(Files.exists(fresh));
        assertEquals("earlier output", Files.readString(existing));
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void failureHalfwayLeavesNoPartialPdf() throws Exception {
        // Not a PDF is only discovered while reading: the temp file must be gone afterwards.
        Path in = Files.writeString(dir.resolve("fake.pdf"), "%PDF-1.7\nnothing else");
        Path out = dir.resolve("out.pdf");
        SigningException e = assertThrows(SigningException.class,
                () -> new PdfSigner(TestFixtures.inspector()).sign(in, out, SignatureRequest.now()));
        assertEquals(SigningProblem.Kind.NOT_PDF, e.problem().kind());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(in), files.toList());
        }
    }

    @Test
    void inMemoryPdfIsSignedStraightToAFile() throws Exception {
        Path out = dir.resolve("scorecard-signed.pdf");
        new PdfSigner(TestFixtures.inspector()).sign(TestFixtures.chinesePdf(), out, SignatureRequest.now());
        assertEquals(VerificationReport.Verdict.INTACT, new PdfVerifier().verify(out).verdict());
        try (var files = Files.list(dir)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void signingInPlaceReplacesTheFileAtomically() throws Exception {
        Path pdf = Files.write(dir.resolve("scorecard.pdf"), TestFixtures.chinesePdf());
        new PdfSigner(TestFixtures.inspector()).sign(pdf, pdf, SignatureRequest.now());
        assertEquals(VerificationReport.Verdict.INTACT, new PdfVerifier().verify(pdf).verdict());
    }

    @Test
    void documentCertifiedAgainstChangesIsRefused() throws Exception {
        byte[] certified;
        try (PDDocument doc = Loader.loadPDF(TestFixtures.chinesePdf())) {
            COSDictionary params = new COSDictionary();
            params.setItem(COSName.P, COSInteger.get(1));
            COSDictionary reference = new COSDictionary();
            reference.setItem(COSName.TRANSFORM_PARAMS, params);
            COSArray references = new COSArray();
            references.add(reference);
            COSDictionary sig = new COSDictionary();
            sig.setItem(COSName.REFERENCE, references);
            COSDictionary perms = new COSDictionary();
            perms.setItem(COSName.DOCMDP, sig);
            doc.getDocumentCatalog().getCOSObject().setItem(COSName.PERMS, perms);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            certified = out.toByteArray();
        }
        assertEquals(SigningProblem.Kind.PDF_LOCKED_BY_CERTIFICATION, assertThrows(SigningException.class,
                () -> new PdfSigner(TestFixtures.inspector()).sign(certified, SignatureRequest.now())).problem().kind());
    }

    private static PDAnnotationWidget widgetOf(PDDocument doc, int signatureIndex) throws Exception {
        List<PDSignatureField> fields = doc.getSignatureFields();
        return fields.get(signatureIndex).getWidgets().get(0);
    }

    private static byte[] twoPagePdf() throws Exception {
        try (PDDocument doc = Loader.loadPDF(TestFixtures.chinesePdf())) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
