package org.inspectorbench.signing;

import java.time.Instant;
import java.util.List;

/**
 * What {@link PdfVerifier} found about one signature of a PDF.
 *
 * @param number            1 for the first signature made, 2 for the next...
 * @param signerName        CN of the signer's certificate (empty when the CMS carries none)
 * @param signingTime       the signature's /M (PAdES), else the CMS signing-time; claimed by the
 *                          signer's computer, not a trusted timestamp; null when absent
 * @param signedRange       the ByteRange: offset, length, offset, length
 * @param coversWholeDocument whether the signed bytes run to the end of the file ("Total document
 *                          signed" in pdfsig); false for all but the last signature of a
 *                          countersigned file, and for every signature once bytes were appended
 * @param problem           why the signature is broken or unsupported; null when intact
 * @param fingerprint       SHA-256 of the signer's certificate; null when there is none
 * @param notes             observations that do not break the signature
 */
public record SignatureCheck(
        int number,
        String fieldName,
        String signerName,
        String signerOrganisation,
        Instant signingTime,
        String reason,
        String location,
        String subFilter,
        List<Long> signedRange,
        boolean coversWholeDocument,
        Integrity integrity,
        String problem,
        CertificateTime certificateAtSigningTime,
        Instant certificateNotBefore,
        Instant certificateNotAfter,
        String fingerprint,
        Trust trust,
        List<String> notes) {

    public SignatureCheck {
        signedRange = List.copyOf(signedRange);
        notes = List.copyOf(notes);
    }

    public enum Integrity {
        /** The signed bytes are exactly what the signer signed. */
        INTACT,
        /** The signed bytes changed, or the signature structure is damaged. */
        BROKEN,
        /** A signature format this program does not check (e.g. adbe.x509.rsa_sha1). */
        UNSUPPORTED
    }

    public enum CertificateTime { VALID, EXPIRED, NOT_YET_VALID, UNKNOWN }

    public enum Trust {
        /** The certificate's fingerprint is pinned in the trust folder. */
        TRUSTED,
        /** A trust folder was given and the certificate is not in it. */
        UNTRUSTED,
        /** No trust folder was given. */
        NOT_CHECKED
    }

    public boolean intact() {
        return integrity == Integrity.INTACT;
    }
}
