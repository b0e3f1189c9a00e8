package org.inspectorbench.cli;

import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ScorecardSigner;
import org.inspectorbench.signing.PdfSigner;
import org.inspectorbench.signing.SignaturePlacement;
import org.inspectorbench.signing.SignatureRequest;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;

import java.time.ZonedDateTime;

/** The signing package's signer behind the report's {@link ScorecardSigner}: into the reserved box. */
final class ReportSigning {

    private ReportSigning() {
    }

    static ScorecardSigner signer(SigningIdentity identity, ZonedDateTime now) {
        PdfSigner signer = new PdfSigner(identity);
        return (pdf, spot) -> {
            SignatureRequest request = new SignatureRequest(SignatureRequest.DEFAULT_REASON, null, now.toInstant(),
                    now.getZone(), SignaturePlacement.at(spot.page(), spot.x(), spot.y(), spot.width(), spot.height()));
            try {
                return signer.sign(pdf, request);
            } catch (SigningException e) {
                throw new ReportException(ReportException.Kind.SIGNING_FAILED, e.problem().message(), e);
            }
        };
    }
}
