package org.inspectorbench.signing;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Comparator;
import java.util.Date;
import java.util.List;

/**
 * Lists and checks every signature of a PDF: who signed (CN, O), when, why, whether the signed
 * bytes are intact, whether the signature covers the whole file, whether the certificate was
 * valid at signing time and whether it is pinned in the office's trust folder.
 *
 * <p>Verdicts follow poppler's {@code pdfsig}: a signature is intact or broken on its own bytes;
 * bytes appended after the last signature leave the signatures intact but "not total document
 * signed", reported here as {@link VerificationReport.Verdict#CHANGED_AFTER_SIGNING}.
 */
public final class PdfVerifier {

    static final String DETACHED_ETSI = "ETSI.CAdES.detached";
    static final String DETACHED_ADOBE = "adbe.pkcs7.detached";

    private final TrustList trust;
    private final boolean trustChecked;

    /** Checks integrity only; trust is {@link SignatureCheck.Trust#NOT_CHECKED}. */
    public PdfVerifier() {
        this.trust = TrustList.empty();
        this.trustChecked = false;
    }

    /** Also checks each signer's certificate against the pinned fingerprints of {@code trust}. */
    public PdfVerifier(TrustList trust) {
        this.trust = trust;
        this.trustChecked = true;
    }

    public VerificationReport verify(Path pdf) throws SigningException {
        return verify(PdfSigner.readPdf(pdf));
    }

    public VerificationReport verify(byte[] pdf) throws SigningException {
        List<PDSignature> signatures = new ArrayList<>();
        List<String> fieldNames = new ArrayList<>();
        try (PDDocument doc = PdfFiles.load(pdf)) {
            for (PDSignatureField field : doc.getSignatureFields()) {
                PDSignature signature = field.getSignature();
                if (signature != null) {
                    signatures.add(signature);
                    fieldNames.add(field.getFullyQualifiedName());
                }
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < signatures.size(); i++) {
                order.add(i);
            }
            // Signing order is the order of the signed ranges' ends (each later revision is longer).
            order.sort(Comparator.comparingLong(i -> rangeEnd(signatures.get(i))));
            List<SignatureCheck> checks = new ArrayList<>();
            long lastEnd = 0;
            for (int n = 0; n < order.size(); n++) {
                int i = order.get(n);
                SignatureCheck check = check(n + 1, fieldNames.get(i), signatures.get(i), pdf, n == order.size() - 1);
                checks.add(check);
                lastEnd = Math.max(lastEnd, rangeEnd(signatures.get(i)));
            }
            long appended = checks.isEmpty() ? 0 : Math.max(0, pdf.length - lastEnd);
            return new VerificationReport(pdf.length, checks, appended, trustChecked,
                    VerificationReport.verdictOf(checks, appended));
        } catch (IOException e) {
            throw SigningProblem.of(SigningProblem.Kind.NOT_PDF, "PDF 已损坏 the PDF cannot be read: " + e.getMessage(), e);
        }
    }

    private static long rangeEnd(PDSignature signature) {
        int[] r = signature.getByteRange();
        return r != null && r.length == 4 ? (long) r[2] + r[3] : Long.MAX_VALUE;
    }

    private SignatureCheck check(int number, String fieldName, PDSignature signature, byte[] pdf, boolean last) {
        List<String> notes = new ArrayList<>();
        String subFilter = signature.getSubFilter();
        Instant claimedTime = instant(signature.getSignDate());
        int[] range = signature.getByteRange();
        List<Long> rangeList = new ArrayList<>();
        if (range != null) {
            for (int v : range) {
                rangeList.add((long) v);
            }
        }
        SignedRange.Result structure = SignedRange.check(pdf, range, signature.getContents());
        boolean whole = structure.problem() == null && structure.end() == pdf.length;
        if (structure.problem() == null && !last && !SignedRange.endsAtEof(pdf, structure.end())) {
            notes.add("签名范围未止于修订结尾 the signed range does not end at the end of a revision (%%EOF)");
        }
        if (!DETACHED_ETSI.equals(subFilter) && !DETACHED_ADOBE.equals(subFilter)) {
            String problem = structure.problem() != null ? structure.problem()
                    : "不支持的签名格式 signature format " + subFilter + " is not checked by this program";
            return new SignatureCheck(number, fieldName, nameOr(signature), "", claimedTime, signature.getReason(),
                    signature.getLocation(), subFilter, rangeList, whole,
                    structure.problem() != null ? SignatureCheck.Integrity.BROKEN : SignatureCheck.Integrity.UNSUPPORTED,
                    problem, SignatureCheck.CertificateTime.UNKNOWN, null, null, null, trustOf(null), notes);
        }
        if (structure.problem() != null) {
            return new SignatureCheck(number, fieldName, nameOr(signature), "", claimedTime, signature.getReason(),
                    signature.getLocation(), subFilter, rangeList, false, SignatureCheck.Integrity.BROKEN,
                    structure.problem(), SignatureCheck.CertificateTime.UNKNOWN, null, null, null, trustOf(null), notes);
        }
        CmsCheck.Result cms = CmsCheck.verify(structure.cms(), structure.signedBytes());
        X509Certificate cert = cms.signer();
        Instant time = claimedTime != null ? claimedTime : cms.cmsSigningTime();
        if (claimedTime != null && cms.cmsSigningTime() != null
                && Math.abs(claimedTime.getEpochSecond() - cms.cmsSigningTime().getEpochSecond()) > 60) {
            notes.add("两处签名时间不一致 /M and the CMS signing-time differ: " + cms.cmsSigningTime());
        }
        if (cert != null && signature.getName() != null && !signature.getName().isBlank()
                && !signature.getName().equals(Certificates.subjectName(cert))) {
            notes.add("签名字典中的姓名与证书不同 the name in the signature dictionary (" + signature.getName()
                    + ") differs from the certificate; the certificate's is shown");
        }
        return new SignatureCheck(number, fieldName,
                cert != null ? Certificates.subjectName(cert) : nameOr(signature),
                cert != null ? Certificates.subjectOrganisation(cert) : "",
                time, signature.getReason(), signature.getLocation(), subFilter, rangeList, whole,
                cms.problem() == null ? SignatureCheck.Integrity.INTACT : SignatureCheck.Integrity.BROKEN,
                cms.problem(), certificateAt(cert, time),
                cert != null ? cert.getNotBefore().toInstant() : null,
                cert != null ? cert.getNotAfter().toInstant() : null,
                cert != null ? Certificates.sha256Fingerprint(cert) : null,
                trustOf(cert), notes);
    }

    private static String nameOr(PDSignature signature) {
        return signature.getName() == null ? "" : signature.getName();
    }

    private SignatureCheck.Trust trustOf(X509Certificate cert) {
        if (!trustChecked) {
            return SignatureCheck.Trust.NOT_CHECKED;
        }
        return cert != null && trust.trusts(cert) ? SignatureCheck.Trust.TRUSTED : SignatureCheck.Trust.UNTRUSTED;
    }

    private static SignatureCheck.CertificateTime certificateAt(X509Certificate cert, Instant time) {
        if (cert == null || time == null) {
            return SignatureCheck.CertificateTime.UNKNOWN;
        }
        Date at = Date.from(time);
        if (at.after(cert.getNotAfter())) {
            return SignatureCheck.CertificateTime.EXPIRED;
        }
        if (at.before(cert.getNotBefore())) {
            return SignatureCheck.CertificateTime.NOT_YET_VALID;
        }
        return SignatureCheck.CertificateTime.VALID;
    }

    private static Instant instant(Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
