package org.inspectorbench.signing;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;

/**
 * Signs PDFs with one identity: a PAdES-style detached CMS ({@code ETSI.CAdES.detached}) with a
 * visible box, appended as an incremental update so that earlier signatures stay valid. A second
 * signer (countersignature) is simply another call on the already signed file. Documents are never
 * certified (DocMDP P=1 would forbid the reviewer's countersignature).
 *
 * <p>Safe to share between threads: it holds only the identity.
 */
public final class PdfSigner {

    /** CMS structure and signed attributes (~300 bytes) plus room for a signature value up to RSA-8192. */
    private static final int CMS_OVERHEAD_BYTES = 3 * 1024;

    private final SigningIdentity identity;

    public PdfSigner(SigningIdentity identity) {
        this.identity = identity;
    }

    public SigningIdentity identity() {
        return identity;
    }

    /**
     * Returns {@code pdf} with one more signature. Refuses (before doing any work) a certificate
     * not valid at the request's time, an encrypted PDF and one certified against changes.
     */
    public byte[] sign(byte[] pdf, SignatureRequest request) throws SigningException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + reservedBytes() * 2 + 32 * 1024);
        sign(pdf, request, out);
        return out.toByteArray();
    }

    /**
     * Signs the PDF at {@code in} and writes the result to {@code out} (which may be the same
     * file): written to a temporary file next to {@code out} and moved over it only when
     * complete, so a failure leaves no partial PDF and an existing {@code out} untouched.
     */
    public void sign(Path in, Path out, SignatureRequest request) throws SigningException {
        identity.checkValidAt(request.time());
        byte[] pdf = readPdf(in);
        AtomicFiles.write(out, true, false, stream -> sign(pdf, request, stream));
    }

    /**
     * A reviewer's signature on an already signed PDF: as {@link #sign(byte[], SignatureRequest)},
     * but refuses a PDF with no signature yet, with a broken one, or with changes after its last
     * signature (the reviewer would be confirming content nobody signed).
     */
    public byte[] countersign(byte[] pdf, SignatureRequest request) throws SigningException {
        identity.checkValidAt(request.time());
        checkCountersignable(pdf);
        return sign(pdf, request);
    }

    /** {@link #countersign(byte[], SignatureRequest)} from file to file, atomically as {@link #sign(Path, Path, SignatureRequest)}. */
    public void countersign(Path in, Path out, SignatureRequest request) throws SigningException {
        identity.checkValidAt(request.time());
        byte[] pdf = readPdf(in);
        checkCountersignable(pdf);
        AtomicFiles.write(out, true, false, stream -> sign(pdf, request, stream));
    }

    private static void checkCountersignable(byte[] pdf) throws SigningException {
        VerificationReport report = new PdfVerifier().verify(pdf);
        switch (report.verdict()) {
            case NO_SIGNATURES -> throw SigningProblem.of(SigningProblem.Kind.NOT_SIGNED_YET,
                    "文档尚未签名 the PDF has no signature to countersign: sign it first (`inspector sign`)");
            case BROKEN -> throw SigningProblem.of(SigningProblem.Kind.EXISTING_SIGNATURES_NOT_INTACT,
                    "已有签名已损坏 a signature in the PDF is broken (run `inspector verify`): it cannot be countersigned");
            case CHANGED_AFTER_SIGNING -> throw SigningProblem.of(SigningProblem.Kind.EXISTING_SIGNATURES_NOT_INTACT,
                    "签名后文档被修改 the PDF was changed after its last signature (run `inspector verify`): "
                            + "countersigning would confirm unsigned changes");
            case INTACT -> {
                // The reviewer confirms exactly what the earlier signers signed.
            }
        }
    }

    /**
     * Signs a PDF the program just made in memory (e.g. a scorecard) and writes it to {@code out}
     * atomically: nothing is written unless the signed file is complete.
     */
    public void sign(byte[] pdf, Path out, SignatureRequest request) throws SigningException {
        identity.checkValidAt(request.time());
        AtomicFiles.write(out, true, false, stream -> sign(pdf, request, stream));
    }

    /** The PDF at {@code in}, with "missing" and "not a PDF" as problems the user can act on. */
    static byte[] readPdf(Path in) throws SigningException {
        try {
            byte[] bytes = Files.readAllBytes(in);
            if (!PdfFiles.startsLikePdf(bytes)) {
                throw SigningProblem.of(SigningProblem.Kind.NOT_PDF,
                        "不是 PDF 文件 " + in + " is not a PDF file");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw SigningProblem.of(SigningProblem.Kind.PDF_MISSING, "找不到文件 " + in + " not found: check the path", e);
        } catch (IOException e) {
            throw SigningProblem.of(SigningProblem.Kind.PDF_MISSING, "无法读取 cannot read " + in + ": " + e.getMessage(), e);
        }
    }

    private void sign(byte[] pdf, SignatureRequest request, OutputStream out) throws SigningException {
        identity.checkValidAt(request.time());
        try (PDDocument doc = PdfFiles.load(pdf)) {
            refuseCertified(doc);
            int pageIndex = pageIndex(doc, request.placement());
            PDPage page = doc.getPage(pageIndex);
            SignaturePlacement.Box box = box(page, request.placement());
            byte[] template = SignatureAppearance.template(page.getMediaBox(), box,
                    SignatureAppearance.lines(identity, request));

            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(identity.name());
            signature.setReason(request.reason());
            if (request.location() != null) {
                signature.setLocation(request.location());
            }
            signature.setSignDate(calendar(request));

            try (SignatureOptions options = new SignatureOptions()) {
                options.setPreferredSignatureSize(reservedBytes());
                options.setVisualSignature(new ByteArrayInputStream(template));
                options.setPage(pageIndex);
                doc.addSignature(signature, new CadesSignature(identity), options);
                doc.saveIncremental(out);
            }
        } catch (IOException e) {
            throw SigningProblem.of(SigningProblem.Kind.CANNOT_WRITE,
                    "签名失败 signing failed: " + e.getMessage(), e);
        }
    }

    /**
     * Bytes reserved for the CMS in /Contents (written as hex, so twice that in the file): the
     * certificates it carries plus the overhead. Sized to the identity rather than a fixed 8-16 KB,
     * because unused reservation is zero padding in every signed scorecard.
     */
    int reservedBytes() {
        int certificates = 0;
        for (var cert : identity.chain()) {
            try {
                certificates += cert.getEncoded().length;
            } catch (java.security.cert.CertificateEncodingException e) {
                certificates += 2048;
            }
        }
        return CMS_OVERHEAD_BYTES + certificates;
    }

    private static Calendar calendar(SignatureRequest request) {
        GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(request.zone()));
        calendar.setTimeInMillis(request.time().toEpochMilli());
        return calendar;
    }

    /** A document certified with DocMDP P=1 allows no change at all, a new signature included. */
    private static void refuseCertified(PDDocument doc) throws SigningException {
        COSDictionary perms = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.PERMS);
        if (perms == null) {
            return;
        }
        COSDictionary docMdp = perms.getCOSDictionary(COSName.DOCMDP);
        if (docMdp == null) {
            return;
        }
        COSArray references = docMdp.getCOSArray(COSName.REFERENCE);
        if (references == null) {
            return;
        }
        for (COSBase ref : references) {
            COSBase resolved = ref instanceof COSObject indirect ? indirect.getObject() : ref;
            COSDictionary params = resolved instanceof COSDictionary dict
                    ? dict.getCOSDictionary(COSName.TRANSFORM_PARAMS) : null;
            if (params != null && params.getInt(COSName.P, 2) == 1) {
                throw SigningProblem.of(SigningProblem.Kind.PDF_LOCKED_BY_CERTIFICATION,
                        "文档已锁定 the document is certified against any change (DocMDP P=1): it cannot take another signature");
            }
        }
    }

    private static int pageIndex(PDDocument doc, SignaturePlacement placement) throws SigningException {
        int pages = doc.getNumberOfPages();
        if (pages == 0) {
            throw SigningProblem.of(SigningProblem.Kind.NOT_PDF, "PDF 没有页面 the PDF has no pages to sign");
        }
        if (placement.page() > pages) {
            throw SigningProblem.of(SigningProblem.Kind.BAD_PLACEMENT,
                    "页码超出 page " + placement.page() + " does not exist: the document has " + pages + " pages");
        }
        return placement.page() == 0 ? pages - 1 : placement.page() - 1;
    }

    /**
     * The caller's box, or the automatic one: bottom right, moved left then up past existing
     * signature widgets, so that the reviewer's box sits beside the inspector's.
     */
    static SignaturePlacement.Box box(PDPage page, SignaturePlacement placement) throws IOException, SigningException {
        PDRectangle media = page.getMediaBox();
        if (!placement.isAutomatic()) {
            SignaturePlacement.Box b = placement.box();
            if (b.x() < media.getLowerLeftX() || b.y() < media.getLowerLeftY()
                    || b.x() + b.width() > media.getUpperRightX() || b.y() + b.height() > media.getUpperRightY()) {
                throw SigningProblem.of(SigningProblem.Kind.BAD_PLACEMENT,
                        "签名框超出页面 the signature box lies outside the page (" + media.getWidth() + " x "
                                + media.getHeight() + " pt)");
            }
            return b;
        }
        List<SignaturePlacement.Box> taken = signatureBoxes(page);
        float w = SignaturePlacement.DEFAULT_WIDTH;
        float h = SignaturePlacement.DEFAULT_HEIGHT;
        float right = media.getUpperRightX() - SignaturePlacement.MARGIN;
        float left = media.getLowerLeftX() + SignaturePlacement.MARGIN;
        for (float y = media.getLowerLeftY() + SignaturePlacement.MARGIN;
             y + h <= media.getUpperRightY() - SignaturePlacement.MARGIN; y += h + SignaturePlacement.GAP) {
            for (float x = right - w; x >= left; x -= w + SignaturePlacement.GAP) {
                SignaturePlacement.Box candidate = new SignaturePlacement.Box(x, y, w, h);
                if (taken.stream().noneMatch(candidate::overlaps)) {
                    return candidate;
                }
            }
        }
        // A page full of signature boxes: overlap the first spot rather than refuse to sign.
        return new SignaturePlacement.Box(right - w, media.getLowerLeftY() + SignaturePlacement.MARGIN, w, h);
    }

    private static List<SignaturePlacement.Box> signatureBoxes(PDPage page) throws IOException {
        List<SignaturePlacement.Box> boxes = new ArrayList<>();
        for (PDAnnotation annotation : page.getAnnotations()) {
            if (annotation instanceof PDAnnotationWidget widget
                    && COSName.SIG.equals(widget.getCOSObject().getCOSName(COSName.FT, fieldType(widget)))) {
                PDRectangle r = widget.getRectangle();
                if (r != null && r.getWidth() > 0 && r.getHeight() > 0) {
                    boxes.add(new SignaturePlacement.Box(r.getLowerLeftX(), r.getLowerLeftY(), r.getWidth(), r.getHeight()));
                }
            }
        }
        return boxes;
    }

    /** A widget's field type may sit on its parent field (widget and field split). */
    private static COSName fieldType(PDAnnotationWidget widget) {
        COSDictionary parent = widget.getCOSObject().getCOSDictionary(COSName.PARENT);
        return parent == null ? null : parent.getCOSName(COSName.FT);
    }

}
