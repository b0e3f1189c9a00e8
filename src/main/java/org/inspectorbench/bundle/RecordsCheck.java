package org.inspectorbench.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordStates;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Turns the verified entries into record versions and evidence metadata, refusing records that do
 * not say the same thing twice (a state whose id, revision or tombstone flag differs from its line),
 * two different versions under one revision, and images without metadata or metadata without image.
 */
final class RecordsCheck {

    private RecordsCheck() {
    }

    static VerifiedBundle build(Path file, Manifest manifest, String manifestSha, X509Certificate signer,
                                Map<String, byte[]> kept, BundleLimits limits) {
        Map<RecordKind, List<RecordVersion>> versions = new LinkedHashMap<>();
        List<EvidenceLine> evidence = new ArrayList<>();
        Map<String, byte[]> thumbs = new HashMap<>();
        Map<String, byte[]> campaign = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : kept.entrySet()) {
            String name = e.getKey();
            if (name.equals(EntryNames.EVIDENCE_META)) {
                evidence.addAll(evidenceLines(file, e.getValue()));
            } else if (name.startsWith(EntryNames.RECORDS_DIR)) {
                RecordKind kind = RecordFiles.kindOf(name).orElseThrow(() -> bad(file, name, 0,
                        "this program does not know this records file"));
                versions.put(kind, recordLines(file, name, kind, e.getValue()));
            } else if (name.startsWith(EntryNames.THUMBS_DIR)) {
                thumbs.put(EntryNames.hashOf(name, EntryNames.THUMBS_DIR), e.getValue());
            } else if (name.startsWith(EntryNames.CAMPAIGN_DIR)) {
                campaign.put(name, e.getValue());
            }
        }
        Map<String, EvidenceLine> bySha = new HashMap<>();
        Map<String, Manifest.Entry> entries = new HashMap<>();
        manifest.entries().forEach(m -> entries.put(m.name(), m));
        for (EvidenceLine line : evidence) {
            if (line.sha256() == null || !EntryNames.isHash(line.sha256()) || bySha.put(line.sha256(), line) != null) {
                throw bad(file, EntryNames.EVIDENCE_META, 0, "image " + line.sha256() + " is listed twice or badly named");
            }
            Manifest.Entry image = entries.get(EntryNames.evidence(line.sha256()));
            if (image == null || image.size() != line.byteSize()) {
                throw bad(file, EntryNames.EVIDENCE_META, 0, "image " + line.sha256() + " is described but not in the bundle");
            }
            if ((line.thumbnail() == null) != (thumbs.get(line.sha256()) == null)) {
                throw bad(file, EntryNames.EVIDENCE_META, 0, "the thumbnail of image " + line.sha256() + " is missing");
            }
        }
        for (Manifest.Entry m : manifest.entries()) {
            String sha = EntryNames.hashOf(m.name(), EntryNames.EVIDENCE_DIR);
            if (sha != null && !bySha.containsKey(sha)) {
                throw bad(file, EntryNames.EVIDENCE_META, 0, "image " + sha + " has no metadata line");
            }
        }
        return new VerifiedBundle(file, manifest, manifestSha, signer, versions, evidence, thumbs, campaign, limits);
    }

    private static List<RecordVersion> recordLines(Path file, String name, RecordKind kind, byte[] bytes) {
        List<RecordVersion> out = new ArrayList<>();
        Map<String, String> byRevision = new HashMap<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            RecordLine line;
            Object state;
            String canonical;
            try {
                line = Json.mapper().readValue(lines[i], RecordLine.class);
                if (line.id() == null || line.revision() == null || line.state() == null) {
                    throw bad(file, name, i + 1, "a line needs id, revision and state");
                }
                state = RecordStates.parse(kind, Json.mapper().writeValueAsString(line.state()));
                canonical = Json.mapper().writeValueAsString(state);
            } catch (JsonProcessingException | IllegalArgumentException e) {
                throw bad(file, name, i + 1, e.getMessage());
            }
            if (!line.id().equals(RecordStates.idOf(state)) || !line.revision().equals(RecordStates.revisionOf(state))
                    || line.deleted() != RecordStates.deletedOf(state)
                    || (line.author() != null && !line.author().equals(line.revision().author()))) {
                throw bad(file, name, i + 1, "the line's id, revision, author or deletion differ from its state's");
            }
            List<Revision> parents = line.parents() == null ? List.of() : line.parents();
            if (parents.contains(line.revision())) {
                throw bad(file, name, i + 1, "a version cannot be edited from itself");
            }
            String key = line.id() + "\n" + line.revision();
            String previous = byRevision.put(key, canonical);
            if (previous != null) {
                if (!Objects.equals(previous, canonical)) {
                    throw bad(file, name, i + 1, "two different versions of " + line.id() + " share revision "
                            + line.revision());
                }
                continue;
            }
            out.add(new RecordVersion(kind, line.id(), line.revision(), parents, line.unit(), line.deleted(), canonical));
        }
        return out;
    }

    private static List<EvidenceLine> evidenceLines(Path file, byte[] bytes) {
        List<EvidenceLine> out = new ArrayList<>();
        String[] lines = new String(bytes, StandardCharsets.UTF_8).split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            try {
                out.add(Json.mapper().readValue(lines[i], EvidenceLine.class));
            } catch (JsonProcessingException e) {
                throw bad(file, EntryNames.EVIDENCE_META, i + 1, e.getOriginalMessage());
            }
        }
        return out;
    }

    static BundleException bad(Path file, String entry, int line, String why) {
        return new BundleException(BundleProblem.BAD_RECORDS, "记录有误 the bundle " + file.getFileName() + ", " + entry
                + (line > 0 ? " line " + line : "") + ": " + why + ". Ask its author to export it again."
                + " Nothing was imported.");
    }
}
