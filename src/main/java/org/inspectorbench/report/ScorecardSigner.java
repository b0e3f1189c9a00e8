package org.inspectorbench.report;

/**
 * Signs a rendered report into its reserved signature box. The command line and the workbench
 * adapt the signing package's {@code PdfSigner} to this; the report package does not depend on
 * signing (signing already uses the report's fonts).
 */
@FunctionalInterface
public interface ScorecardSigner {

    /** The signed PDF; a {@link ReportException} of kind SIGNING_FAILED with the signer's message otherwise. */
    byte[] sign(byte[] pdf, SignatureSpot spot) throws ReportException;
}
