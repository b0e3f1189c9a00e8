package org.inspectorbench.bundle;

import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordVersion;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A bundle whose signature, entries and records were checked ({@link #open}): the manifest, the
 * signer, the record versions and evidence metadata, held in memory. Image bytes stay in the file
 * and are read (and hashed again) only when an import needs them ({@link #readImages}).
 */
public final class VerifiedBundle {

    /** Receives image bytes read from the bundle. */
    @FunctionalInterface
    public interface ImageSink {
        void accept(String sha256, byte[] bytes) throws Exception;
    }

    private final Path file;
    private final Manifest manifest;
    private final String manifestSha256;
    private final X509Certificate signer;
    private final Map<RecordKind, List<RecordVersion>> versions;
    private final List<EvidenceLine> evidence;
    private final Map<String, byte[]> thumbs;
    private final Map<String, byte[]> campaignFiles;
    private final BundleLimits limits;
    private boolean signerTrusted;

    VerifiedBundle(Path file, Manifest manifest, String manifestSha256, X509Certificate signer,
                   Map<RecordKind, List<RecordVersion>> versions, List<EvidenceLine> evidence,
                   Map<String, byte[]> thumbs, Map<String, byte[]> campaignFiles, BundleLimits limits) {
        this.file = file;
        this.manifest = manifest;
        this.manifestSha256 = manifestSha256;
        this.signer = signer;
        this.versions = versions;
        this.evidence = List.copyOf(evidence);
        this.thumbs = thumbs;
        this.campaignFiles = campaignFiles;
        this.limits = limits;
    }

    /**
     * Opens and checks a bundle: format, signature (and trust, when {@code trust} is given),
     * entry names, hashes and sizes, limits, records.
     *
     * @param trust null to accept any valid signature, else the trust list to check the signer in
     * @throws BundleException saying what is wrong
     */
    public static VerifiedBundle open(Path file, SignerTrust trust) {
        return open(file, trust, BundleLimits.DEFAULT);
    }

    public static VerifiedBundle open(Path file, SignerTrust trust, BundleLimits limits) {
        VerifiedBundle b = BundleReader.read(file, limits, trust);
        b.signerTrusted = trust != null;
        return b;
    }

    /** True when the signer was checked against a trust list (and is in it). */
    public boolean signerTrusted() {
        return signerTrusted;
    }

    public Path file() {
        return file;
    }

    public Manifest manifest() {
        return manifest;
    }

    /** SHA-256 of manifest.json: the bundle's identity together with its id. */
    public String manifestSha256() {
        return manifestSha256;
    }

    public X509Certificate signer() {
        return signer;
    }

    public String signerName() {
        return CertificatePem.commonName(signer);
    }

    public String signerFingerprint() {
        return CertificatePem.fingerprint(signer);
    }

    public List<RecordVersion> versions(RecordKind kind) {
        return versions.getOrDefault(kind, List.of());
    }

    public List<RecordVersion> allVersions() {
        List<RecordVersion> out = new ArrayList<>();
        for (RecordKind k : RecordKind.values()) {
            out.addAll(versions(k));
        }
        return out;
    }

    List<EvidenceLine> evidence() {
        return evidence;
    }

    public int evidenceCount() {
        return evidence.size();
    }

    byte[] thumbnail(String sha256) {
        return thumbs.get(sha256);
    }

    Map<String, byte[]> campaignFiles() {
        return campaignFiles;
    }

    /** The units the records concern, sorted. */
    public Set<String> units() {
        Set<String> units = new TreeSet<>();
        for (RecordVersion v : allVersions()) {
            if (v.unit() != null) {
                units.add(v.unit());
            }
        }
        return units;
    }

    /** Counts per records file and of images, as listed in the manifest. */
    public Map<String, Long> counts() {
        return manifest.counts();
    }

    /**
     * Reads the images named in {@code wanted} from the file again, checking each against its
     * hash (the file could have changed since it was verified); all must be there.
     */
    public void readImages(Set<String> wanted, ImageSink sink) {
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, Long> sizes = new HashMap<>();
        for (EvidenceLine e : evidence) {
            sizes.put(e.sha256(), e.byteSize());
        }
        Set<String> seen = new HashSet<>();
        try (EntryStream stream = new EntryStream(file, limits)) {
            java.util.zip.ZipEntry entry;
            while ((entry = stream.next()) != null) {
                String sha = EntryNames.hashOf(entry.getName(), EntryNames.EVIDENCE_DIR);
                if (sha == null || !wanted.contains(sha) || !seen.add(sha)) {
                    continue;
                }
                EntryStream.Read read = stream.read(entry.getName(), sizes.getOrDefault(sha, 0L), true);
                if (!read.sha256().equals(sha) || read.size() != sizes.get(sha)) {
                    throw stream.changed(entry.getName(), "its bytes changed since the bundle was verified");
                }
                try {
                    sink.accept(sha, read.bytes());
                } catch (BundleException | org.inspectorbench.store.WorkspaceException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new BundleException(BundleProblem.IO, "无法保存证据 cannot store image " + sha + ": "
                            + e.getMessage() + ". Nothing was imported.", e);
                }
            }
        } catch (java.io.IOException e) {
            throw new BundleException(BundleProblem.IO, "无法读取 cannot read " + file + ": " + e.getMessage(), e);
        }
        if (!seen.containsAll(wanted)) {
            Set<String> missing = new TreeSet<>(wanted);
            missing.removeAll(seen);
            throw new BundleException(BundleProblem.MISSING_ENTRY, "缺少证据 the bundle " + file.getFileName()
                    + " no longer holds image " + missing.iterator().next() + ": it changed since it was verified."
                    + " Copy it again. Nothing was imported.");
        }
    }
}
