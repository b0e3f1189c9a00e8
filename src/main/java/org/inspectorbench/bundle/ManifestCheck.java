package org.inspectorbench.bundle;

import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.json.Json;

import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.HashSet;
import java.util.Set;

/** Parses manifest.json and checks it before any other entry is trusted. */
final class ManifestCheck {

    private ManifestCheck() {
    }

    static Manifest parse(Path file, byte[] bytes, BundleLimits limits) {
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(bytes);
        } catch (IOException e) {
            throw bad(file, "manifest.json is not JSON (" + e.getMessage() + ")");
        }
        JsonNode format = tree == null ? null : tree.get("format");
        if (format == null || !format.isInt()) {
            throw bad(file, "manifest.json has no format version");
        }
        if (format.intValue() != BundleWriter.FORMAT_VERSION) {
            throw new BundleException(BundleProblem.UNKNOWN_FORMAT, "格式版本未知 the bundle " + file.getFileName()
                    + " is in format version " + format.intValue() + "; this program reads version "
                    + BundleWriter.FORMAT_VERSION + (format.intValue() > BundleWriter.FORMAT_VERSION
                    ? ": it was written by a newer Inspector Workbench. Update this program, then import it again."
                    : ": it is not a bundle this program can read.") + " Nothing was imported.");
        }
        Manifest m;
        try {
            m = Json.mapper().treeToValue(tree, Manifest.class);
        } catch (IOException | IllegalArgumentException e) {
            throw bad(file, "manifest.json does not fit the format (" + e.getMessage() + ")");
        }
        require(file, m.bundleId(), "bundleId");
        require(file, m.campaignId(), "campaignId");
        require(file, m.rubricSha256(), "rubricSha256");
        require(file, m.certificate(), "certificate");
        if (m.kind() == null || m.createdAt() == null || m.author() == null || m.author().id() == null
                || m.author().name() == null) {
            throw bad(file, "manifest.json lacks its kind, author or creation time");
        }
        if (m.entries().size() > limits.maxEntries()) {
            throw new BundleException(BundleProblem.ZIP_BOMB, "压缩包异常 the bundle " + file.getFileName() + " lists "
                    + m.entries().size() + " entries, more than the " + limits.maxEntries() + " allowed. Nothing was imported.");
        }
        Set<String> names = new HashSet<>();
        long total = 0;
        for (Manifest.Entry e : m.entries()) {
            String unsafe = EntryNames.problem(e.name());
            if (unsafe != null || e.name().equals(EntryNames.MANIFEST) || e.name().equals(EntryNames.SIGNATURE)) {
                throw BundleReader.unsafeName(file, String.valueOf(e.name()), unsafe == null ? "reserved name" : unsafe);
            }
            if (!names.add(e.name())) {
                throw BundleReader.duplicate(file, e.name());
            }
            if (e.sha256() == null || !EntryNames.isHash(e.sha256()) || e.size() < 0) {
                throw bad(file, "manifest entry " + e.name() + " has no valid SHA-256 or size");
            }
            String evidence = EntryNames.hashOf(e.name(), EntryNames.EVIDENCE_DIR);
            if (evidence != null && !evidence.equals(e.sha256())) {
                throw bad(file, "evidence entry " + e.name() + " is not named by its SHA-256");
            }
            if (e.size() > limits.maxEntryBytes()) {
                throw new BundleException(BundleProblem.ZIP_BOMB, "压缩包异常 the bundle " + file.getFileName()
                        + " lists " + e.name() + " with " + e.size() + " bytes, more than the " + limits.maxEntryBytes()
                        + " allowed per entry. Nothing was imported.");
            }
            total += e.size();
        }
        if (total > limits.maxTotalBytes()) {
            throw new BundleException(BundleProblem.ZIP_BOMB, "压缩包异常 the bundle " + file.getFileName()
                    + " lists " + total + " bytes in total, more than the " + limits.maxTotalBytes()
                    + " allowed. Nothing was imported.");
        }
        return m;
    }

    /** The CMS signer must be the certificate the manifest names, and trusted when a list is given. */
    static void signer(Path file, Manifest m, X509Certificate signer, SignerTrust trust) {
        X509Certificate named;
        try {
            named = CertificatePem.read(m.certificate());
        } catch (IllegalArgumentException e) {
            throw bad(file, "the manifest's certificate cannot be read (" + e.getMessage() + ")");
        }
        if (!ManifestSignature.sameCertificate(named, signer)) {
            throw new BundleException(BundleProblem.BAD_SIGNATURE, "签名无效 bad signature: " + file.getFileName()
                    + " is signed by " + CertificatePem.commonName(signer) + " but its manifest names "
                    + CertificatePem.commonName(named) + " as author. Ask its author to export it again."
                    + " Nothing was imported.");
        }
        if (trust != null && !trust.trusts(signer)) {
            throw new BundleException(BundleProblem.UNTRUSTED_SIGNER, "签名人不受信任 the bundle "
                    + file.getFileName() + " is signed by " + CertificatePem.commonName(signer) + " (certificate "
                    + CertificatePem.fingerprint(signer).substring(0, 16) + "…), who is not in " + trust.describe()
                    + ". If this is a colleague's bundle, add their certificate (inspector keys export-cert) to the"
                    + " trust folder and import again. Nothing was imported.");
        }
    }

    private static void require(Path file, String value, String field) {
        if (value == null || value.isBlank()) {
            throw bad(file, "manifest.json lacks " + field);
        }
    }

    static BundleException bad(Path file, String why) {
        return new BundleException(BundleProblem.BAD_MANIFEST, "清单有误 the bundle " + file.getFileName() + ": " + why
                + ". Ask its author to export it again. Nothing was imported.");
    }
}
