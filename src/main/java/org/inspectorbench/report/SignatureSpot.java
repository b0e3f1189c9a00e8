package org.inspectorbench.report;

/**
 * Where a scorecard's signature goes: page (1-based, as printed) and the box in PDF points from
 * the page's lower-left corner. The report reserves this area; the signer draws into it.
 */
public record SignatureSpot(int page, float x, float y, float width, float height) {
}
