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
    private final boolean knownAlready;
    private boolean signerTrusted;

    VerifiedBundle(Path file, Manifest manifest, String manifestSha256, X509Certificate signer,
                   Map<RecordKind, List<RecordVersion>> versions, List<EvidenceLine> evidence,
                   Map<String, byte[]> thumbs, Map<String, byte[]> campaignFiles, BundleLimits limits) {
        this(file, manifest, manifestSha256, signer, versions, evidence, thumbs, campaignFiles, limits, false);
    }

    private VerifiedBundle(Path file, Manifest manifest, String manifestSha256, X509Certificate signer,
                           Map<RecordKind, List<RecordVersion>> versions, List<EvidenceLine> evidence,
                           Map<String, byte[]> thumbs, Map<String, byte[]> campaignFiles, BundleLimits limits,
                           boolean knownAlready) {
        this.knownAlready = knownAlready;
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
        VerifiedBundle b = BundleReader.read(file, limits, trust, null);
        b.signerTrusted = trust != null;
        return b;
    }

    /**
     * Opens a bundle to import it into {@code ws}. When {@code ws} imported this very bundle before
     * (same id, same manifest SHA-256), only the zip directory, the manifest, its signature and the
     * signer (and trust) are checked, and the result {@link #knownAlready()}: its images are not
     * read and hashed again, so re-importing a merged bundle takes a moment, not minutes; importing
     * it changes nothing, as a full read would find. Any other bundle is opened as {@link #open}.
     */
    public static VerifiedBundle openFor(org.inspectorbench.store.Workspace ws, Path file, SignerTrust trust) {
        VerifiedBundle b = BundleReader.read(file, BundleLimits.DEFAULT, trust,
                (id, sha) -> BundleImport.imported(ws, id, sha));
        b.signerTrusted = trust != null;
        return b;
    }

    /** A bundle checked only up to its signed manifest, which the workspace imported before. */
    static VerifiedBundle known(Path file, Manifest manifest, String manifestSha256, X509Certificate signer,
                                BundleLimits limits) {
        return new VerifiedBundle(file, manifest, manifestSha256, signer, Map.of(), List.of(), Map.of(), Map.of(),
                limits, true);
    }

    /** True when the workspace it was opened for ({@link #openFor}) has imported it already: nothing to merge. */
    public boolean knownAlready() {
        return knownAlready;
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
     * hash (the file could have changed since it was verified); all must be there. A reader thread
     * reads and hashes the next images while {@code sink} (the caller's thread, inside its
     * transaction) stores the previous ones.
     */
    public void readImages(Set<String> wanted, ImageSink sink) {
        if (wanted.isEmpty()) {
            return;
        }
        Map<String, Long> sizes = new HashMap<>();
        for (EvidenceLine e : evidence) {
            sizes.put(e.sha256(), e.byteSize());
        }
        java.util.concurrent.BlockingQueue<Object> queue = new java.util.concurrent.ArrayBlockingQueue<>(16);
        Object end = new Object();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread reader = new Thread(() -> {
            Object last = end;
            try (EntryStream stream = new EntryStream(file, limits)) {
                Set<String> seen = new HashSet<>();
                java.util.zip.ZipEntry entry;
                while (!stop.get() && (entry = stream.next()) != null) {
                    String sha = EntryNames.hashOf(entry.getName(), EntryNames.EVIDENCE_DIR);
                    if (sha == null || !wanted.contains(sha) || !seen.add(sha)) {
                        continue;
                    }
                    EntryStream.Read read = stream.read(entry.getName(), sizes.getOrDefault(sha, 0L), true);
                    if (!read.sha256().equals(sha) || read.size() != sizes.get(sha)) {
                        throw stream.changed(entry.getName(), "its bytes changed since the bundle was verified");
                    }
                    queue.put(new Image(sha, read.bytes()));
                }
                if (!seen.containsAll(wanted)) {
                    Set<String> missing = new TreeSet<>(wanted);
                    missing.removeAll(seen);
                    throw new BundleException(BundleProblem.MISSING_ENTRY, "缺少证据 the bundle " + file.getFileName()
                            + " no longer holds image " + missing.iterator().next() + ": it changed since it was"
                            + " verified. Copy it again. Nothing was imported.");
                }
            } catch (java.io.IOException e) {
                last = new BundleException(BundleProblem.IO, "无法读取 cannot read " + file + ": " + e.getMessage(), e);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                last = e;
            }
            try {
                queue.put(last);
            } catch (InterruptedException ignored) {
                // the consumer gave up: nobody waits for the end
            }
        }, "bundle-image-reader");
        reader.setDaemon(true);
        reader.start();
        try {
            while (true) {
                Object next = queue.take();
                if (next == end) {
                    return;
                }
                if (next instanceof RuntimeException e) {
                    throw e;
                }
                Image image = (Image) next;
                try {
                    sink.accept(image.sha256(), image.bytes());
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new BundleException(BundleProblem.IO, "无法保存证据 cannot store image " + image.sha256() + ": "
                            + e.getMessage() + ". Nothing was imported.", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BundleException(BundleProblem.IO, "导入被中断 the import of " + file.getFileName()
                    + " was interrupted. Nothing was imported.", e);
        } finally {
            stop.set(true);
            reader.interrupt();
        }
    }

    private record Image(String sha256, byte[] bytes) {
    }
}
