package org.inspectorbench.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * manifest.json of a bundle (docs/bundle-format.md): what the bundle is, who wrote it for which
 * campaign and rubric, and every other entry with its SHA-256 and size. The detached signature in
 * manifest.p7s covers these bytes exactly; the entries' hashes extend it to the whole bundle.
 *
 * @param seq              the writing workspace's export number (1, 2, ...), per workspace
 * @param since            the export this one continues ("--since last"), null for everything
 * @param lastOfficeBundle the newest office bundle the author had imported, null if none
 * @param units            the units whose records the bundle carries
 * @param counts           records per file and evidence images, for people reading the manifest
 */
public record Manifest(
        int format,
        String bundleId,
        BundleKind kind,
        long seq,
        String campaignId,
        String rubricSha256,
        Author author,
        String certificate,
        Instant createdAt,
        BundleMark since,
        BundleMark lastOfficeBundle,
        List<String> units,
        Map<String, Long> counts,
        List<Entry> entries) {

    /** The inspector (id as in revision stamps, name as in the certificate) who wrote it. */
    public record Author(String id, String name) {
    }

    /** A reference to another bundle. */
    public record BundleMark(String bundleId, long seq) {
    }

    /** An entry of the zip other than manifest.json and manifest.p7s. */
    public record Entry(String name, String sha256, long size) {
    }

    public Manifest {
        units = units == null ? List.of() : List.copyOf(units);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        entries = entries == null ? List.of() : List.copyOf(entries);
    }
}
