package org.inspectorbench.report;

/**
 * A report rendered in memory, before it is signed or written.
 *
 * @param signatureSpot the box reserved for the signer's visible signature
 */
public record RenderedPdf(byte[] bytes, int pages, SignatureSpot signatureSpot) {
}
