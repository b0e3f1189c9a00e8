package org.inspectorbench.report;

/**
 * How much of the evidence goes into a scorecard's appendix: the images as attached (FULL), the
 * stored JPEG thumbnails (THUMBNAILS: small files for mailing), or no appendix (NONE).
 */
public enum EvidenceMode {
    FULL, THUMBNAILS, NONE
}
