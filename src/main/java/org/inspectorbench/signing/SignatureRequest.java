package org.inspectorbench.signing;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a signature says besides who signed: reason, optional location, signing time (written to
 * the signature's /M, PAdES baseline), the time zone shown in the visible box, and where the box
 * goes.
 */
public record SignatureRequest(String reason, String location, Instant time, ZoneId zone,
                               SignaturePlacement placement) {

    /** The reason the issue asks for: the signer confirms the inspection scores. */
    public static final String DEFAULT_REASON = "检查考核评分确认";

    public SignatureRequest {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(placement, "placement");
        if (reason == null || reason.isBlank()) {
            reason = DEFAULT_REASON;
        }
        if (location != null && location.isBlank()) {
            location = null;
        }
    }

    /** Default reason, now, this computer's time zone, last page bottom right. */
    public static SignatureRequest now() {
        return new SignatureRequest(DEFAULT_REASON, null, Instant.now(), ZoneId.systemDefault(),
                SignaturePlacement.automatic());
    }

    public SignatureRequest withReason(String newReason) {
        return new SignatureRequest(newReason, location, time, zone, placement);
    }

    public SignatureRequest withLocation(String newLocation) {
        return new SignatureRequest(reason, newLocation, time, zone, placement);
    }

    public SignatureRequest withTime(Instant newTime) {
        return new SignatureRequest(reason, location, newTime, zone, placement);
    }

    public SignatureRequest withZone(ZoneId newZone) {
        return new SignatureRequest(reason, location, time, newZone, placement);
    }

    public SignatureRequest withPlacement(SignaturePlacement newPlacement) {
        return new SignatureRequest(reason, location, time, zone, newPlacement);
    }
}
