package org.inspectorbench.report.signed;

import org.inspectorbench.report.ReportException;
import org.inspectorbench.report.ScorecardSigner;
import org.inspectorbench.signing.PdfSigner;
import org.inspectorbench.signing.SignaturePlacement;
import org.inspectorbench.signing.SignatureRequest;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;

import java.time.ZonedDateTime;

/**
 * The signing package's {@link PdfSigner} behind the report's {@link ScorecardSigner}: signs into
 * the box the report reserved, with the reason 检查考核评分确认. Its own package because signing
 * already uses the report's fonts: report itself stays free of signing, both the command line and
 * the workbench use this.
 */
public final class PdfScorecardSigner implements ScorecardSigner {

    private final PdfSigner signer;
    private final ZonedDateTime time;

    /** Signs with {@code identity}, stating {@code time} as the signing time (PAdES /M). */
    public PdfScorecardSigner(SigningIdentity identity, ZonedDateTime time) {
        this.signer = new PdfSigner(identity);
        this.time = time;
    }

    @Override
    public byte[] sign(byte[] pdf, org.inspectorbench.report.SignatureSpot spot) throws ReportException {
        SignatureRequest request = new SignatureRequest(SignatureRequest.DEFAULT_REASON, null, time.toInstant(),
                time.getZone(), SignaturePlacement.at(spot.page(), spot.x(), spot.y(), spot.width(), spot.height()));
        try {
            return signer.sign(pdf, request);
        } catch (SigningException e) {
            throw new ReportException(ReportException.Kind.SIGNING_FAILED, e.problem().message(), e);
        }
    }
}
