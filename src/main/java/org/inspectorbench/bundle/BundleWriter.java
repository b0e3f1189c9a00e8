package org.inspectorbench.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.inspectorbench.json.Json;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.EvidenceMeta;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordVersion;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a bundle deterministically: manifest.json and manifest.p7s first, then every other entry
 * sorted by name, all with the same fixed time and no extra fields, records sorted by id and
 * revision. The same content signed with the same RSA key gives the same bytes. Images and
 * thumbnails are STORED (they do not compress); JSON is deflated. The file appears under its name
 * only when complete (written beside it, then moved), so a failed export leaves nothing behind.
 */
final class BundleWriter {

    static final int FORMAT_VERSION = 1;
    /** Zip times are local DOS times: one fixed value keeps bytes independent of clock and zone. */
    private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2020, 1, 1, 0, 0);

    private BundleWriter() {
    }

    /** Writes {@code content} to {@code out}; returns the manifest as written. */
    static Manifest write(BundleContent content, BundleSigner signer, Path out) {
        Map<String, byte[]> small = new TreeMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (RecordKind kind : RecordKind.values()) {
            List<RecordVersion> versions = content.versions().getOrDefault(kind, List.of());
            if (!versions.isEmpty()) {
                small.put(RecordFiles.of(kind), recordsFile(versions));
                counts.put(RecordFiles.countName(kind), (long) versions.size());
            }
        }
        List<EvidenceLine> lines = new ArrayList<>();
        for (EvidenceMeta m : content.evidence().stream().sorted(Comparator.comparing(EvidenceMeta::sha256)).toList()) {
            EvidenceLine.Thumbnail info = null;
            var thumb = content.images().thumbnail(m.sha256());
            if (thumb.isPresent()) {
                BundleTx.Thumb t = thumb.get();
                small.put(EntryNames.thumb(m.sha256()), t.bytes());
                info = new EvidenceLine.Thumbnail(t.format(), t.width(), t.height());
            }
            lines.add(EvidenceLine.of(m, info));
        }
        if (!lines.isEmpty()) {
            small.put(EntryNames.EVIDENCE_META, jsonLines(lines));
            counts.put("evidence", (long) lines.size());
        }
        small.putAll(content.campaignFiles());

        Map<String, Manifest.Entry> entries = new TreeMap<>();
        // Records and thumbnails (~80 MB for 2,000 screenshot thumbnails) are hashed on all cores.
        Map<String, String> smallSha = new java.util.concurrent.ConcurrentHashMap<>();
        small.entrySet().parallelStream().forEach(e -> smallSha.put(e.getKey(), sha256(e.getValue())));
        small.forEach((name, bytes) -> entries.put(name, new Manifest.Entry(name, smallSha.get(name), bytes.length)));
        for (EvidenceMeta m : content.evidence()) {
            String name = EntryNames.evidence(m.sha256());
            entries.put(name, new Manifest.Entry(name, m.sha256(), m.byteSize()));
        }
        Manifest h = content.header();
        Manifest manifest = new Manifest(FORMAT_VERSION, h.bundleId(), h.kind(), h.seq(), h.campaignId(),
                h.rubricSha256(), h.author(), CertificatePem.write(signer.certificate()), h.createdAt(), h.since(),
                h.lastOfficeBundle(), h.units(), counts, List.copyOf(entries.values()));
        byte[] manifestBytes = manifestBytes(manifest);
        byte[] signature = ManifestSignature.sign(manifestBytes, signer);

        Path tmp = out.resolveSibling(out.getFileName() + ".part");
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20);
                 ZipOutputStream zip = new ZipOutputStream(file, StandardCharsets.UTF_8);
                 ParallelHashes hashes = new ParallelHashes(BundleWriter::damaged)) {
                deflated(zip, EntryNames.MANIFEST, manifestBytes);
                stored(zip, EntryNames.SIGNATURE, signature);
                for (Manifest.Entry e : entries.values()) {
                    byte[] bytes = small.get(e.name());
                    if (bytes != null) {
                        if (e.name().startsWith(EntryNames.THUMBS_DIR)) {
                            stored(zip, e.name(), bytes);
                        } else {
                            deflated(zip, e.name(), bytes);
                        }
                    } else {
                        stored(zip, e.name(), image(content.images(), e, hashes));
                    }
                }
                // Every image matched its hash before the file gets its name (else: no bundle).
                hashes.finish();
            }
            move(tmp, out);
            return manifest;
        } catch (IOException e) {
            deleteQuietly(tmp);
            throw new BundleException(BundleProblem.IO, "无法写入 cannot write the bundle " + out + ": " + e.getMessage()
                    + ". Check the folder and the free space; nothing was written.", e);
        } catch (RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
    }

    static byte[] manifestBytes(Manifest manifest) {
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the manifest", e);
        }
    }

    /**
     * The image's bytes, checked against their name: a damaged image is never passed on. The hash
     * is checked on the other cores while the next images are written ({@code hashes.finish()}
     * before the file is complete).
     */
    private static byte[] image(BundleContent.Images images, Manifest.Entry e, ParallelHashes hashes) {
        byte[] bytes = images.bytes(e.sha256());
        if (bytes.length != e.size()) {
            throw damaged(e.name());
        }
        hashes.submit(e.name(), bytes, e.sha256());
        return bytes;
    }

    private static BundleException damaged(String entry) {
        return new BundleException(BundleProblem.CHANGED_ENTRY, "证据图片已损坏 the stored evidence image "
                + EntryNames.hashOf(entry, EntryNames.EVIDENCE_DIR) + " does not match its hash: the workspace is"
                + " damaged; restore it from a backup. No bundle was written.");
    }

    private static byte[] recordsFile(List<RecordVersion> versions) {
        ObjectMapper mapper = Json.mapper();
        List<RecordLine> lines = new ArrayList<>();
        for (RecordVersion v : versions.stream().sorted(Comparator.comparing(RecordVersion::recordId)
                .thenComparing(RecordVersion::revision)).toList()) {
            try {
                JsonNode state = mapper.readTree(v.stateJson());
                lines.add(new RecordLine(v.recordId(), v.revision(), v.parents(), v.author(), v.unit(), v.deleted(),
                        state));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("stored state is not JSON: " + v.key(), e);
            }
        }
        return jsonLines(lines);
    }

    private static byte[] jsonLines(List<?> lines) {
        StringBuilder b = new StringBuilder();
        try {
            for (Object line : lines) {
                b.append(Json.mapper().writeValueAsString(line)).append('\n');
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a record line", e);
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void deflated(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        e.setMethod(ZipEntry.DEFLATED);
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTimeLocal(FIXED_TIME);
        e.setMethod(ZipEntry.STORED);
        e.setSize(bytes.length);
        e.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        e.setCrc(crc.getValue());
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void move(Path tmp, Path out) throws IOException {
        try {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the .part file is named as such; nothing reads it
        }
    }
}
