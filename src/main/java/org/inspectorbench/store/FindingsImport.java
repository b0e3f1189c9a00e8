package org.inspectorbench.store;

import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.NewMediaFindings;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.scoring.VetoInput;
import org.inspectorbench.scoring.WebsiteFindings;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import static org.inspectorbench.store.FindingRules.bad;

/**
 * Stores a findings file (the format of {@code inspector score}), all or nothing. First every
 * finding is checked against the rubric and the campaign and every evidence file is found, with
 * nothing written; then everything is stored in one transaction, images decoded on worker threads
 * meanwhile. Any problem (unknown item, missing or damaged image) aborts the whole import.
 *
 * <p>A finding whose id is stored already becomes a new version of it (unchanged if identical),
 * so importing the same file twice changes nothing. Vetoes have no id in the format: a veto equal
 * to a live one of the same unit and website is the same veto.
 */
final class FindingsImport {

    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final Pattern HASH_NAME = Pattern.compile("([0-9a-f]{64})\\.[a-z]+");

    /** A checked finding with the evidence it names. */
    record Planned(FindingDraft draft, List<Evidence> evidence) {
    }

    /** An evidence file, or an image already in the workspace named by its hash. */
    record Evidence(String name, Path file, String storedSha, String context) {
    }

    private final FindingRules rules;
    private final Path evidenceDir;
    private final Set<String> storedHashes;

    FindingsImport(FindingRules rules, Path evidenceDir, Set<String> storedHashes) {
        this.rules = rules;
        this.evidenceDir = evidenceDir;
        this.storedHashes = storedHashes;
    }

    List<Planned> plan(FindingsInput in, Campaign campaign) {
        if (in == null || in.units() == null) {
            throw bad("the findings file has no units");
        }
        if (in.monitoringDate() != null && !in.monitoringDate().equals(campaign.monitoringDate())) {
            throw bad("the findings file's monitoringDate " + in.monitoringDate() + " is not the campaign's 监测时间点 "
                    + campaign.monitoringDate() + ": it belongs to another campaign");
        }
        List<Planned> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (UnitFindings u : in.units()) {
            Unit unit = rules.unit(u.unit()).orElseThrow(() -> rules.unknownUnit(u.unit()));
            if (u.kind() != null && !u.kind().equals(unit.kind())) {
                throw bad("unit " + u.unit() + " is a " + unit.kind() + " in the workspace, the file says " + u.kind());
            }
            for (FindingInput f : nullSafe(u.findings())) {
                out.add(plan(u.unit(), null, f, ids));
            }
            for (WebsiteFindings w : nullSafe(u.websites())) {
                for (FindingInput f : nullSafe(w.findings())) {
                    out.add(plan(u.unit(), Objects.requireNonNullElse(w.site(), ""), f, ids));
                }
                for (VetoInput v : nullSafe(w.vetoes())) {
                    out.add(veto(u.unit(), Objects.requireNonNullElse(w.site(), ""), v));
                }
            }
            NewMediaFindings media = u.newMedia();
            if (media != null) {
                for (FindingInput f : nullSafe(media.findings())) {
                    out.add(plan(u.unit(), null, f, ids));
                }
                for (VetoInput v : nullSafe(media.vetoes())) {
                    out.add(veto(u.unit(), null, v));
                }
            }
        }
        return out;
    }

    private Planned plan(String unit, String site, FindingInput f, Set<String> ids) {
        String id = normalisedId(f.id());
        if (!ids.add(id)) {
            throw bad("finding id " + f.id() + " appears twice in the file (unit " + unit + ")");
        }
        FindingDraft d = rules.check(new FindingDraft(id, unit, site, f.account(), Finding.Kind.RULE, f.item(),
                f.rule(), f.count(), f.value(), f.note()));
        String context = " (finding " + f.item() + " rule " + f.rule() + " of " + unit + ")";
        List<Evidence> evidence = new ArrayList<>();
        for (String name : nullSafe(f.evidence())) {
            evidence.add(evidence(name, context));
        }
        return new Planned(d, evidence);
    }

    private Planned veto(String unit, String site, VetoInput v) {
        FindingDraft d = rules.check(new FindingDraft(null, unit, site, null, Finding.Kind.VETO, v.veto(),
                v.condition(), null, null, v.note()));
        return new Planned(d, List.of());
    }

    private Evidence evidence(String name, String context) {
        if (name == null || name.isBlank()) {
            throw bad("an empty evidence file name" + context);
        }
        Path rel = Path.of(name);
        if (rel.isAbsolute() || rel.normalize().startsWith("..")) {
            throw bad("evidence “" + name + "” must be a path inside the evidence folder" + context);
        }
        Path file = evidenceDir == null ? null : evidenceDir.resolve(rel).normalize();
        if (file != null && Files.isRegularFile(file)) {
            return new Evidence(name, file, null, context);
        }
        var m = HASH_NAME.matcher(rel.getFileName().toString());
        if (m.matches() && storedHashes.contains(m.group(1))) {
            return new Evidence(name, null, m.group(1), context);
        }
        throw new WorkspaceException(WorkspaceException.Reason.NOT_FOUND, "找不到证据图片 (missing evidence image "
                + (file == null ? name : file.toString()) + context + "); nothing was imported."
                + (evidenceDir == null ? " Give the folder with --evidence-dir." : ""));
    }

    /** Writes the planned findings inside the import's one transaction. */
    ImportResult apply(Action a, List<Planned> planned, ImagePreparation images) throws SQLException {
        List<ImagePreparation.Request> requests = new ArrayList<>();
        for (Planned p : planned) {
            for (Evidence e : p.evidence()) {
                if (e.file() != null) {
                    requests.add(new ImagePreparation.Request(e.file(), e.context()));
                }
            }
        }
        Iterator<ImagePreparation.Prepared> prepared = images.prepare(requests);
        Set<String> storedIds = FindingRows.ids(a.c);
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int stored = 0;
        int reused = 0;
        for (Planned p : planned) {
            FindingDraft d = p.draft().id() == null ? p.draft().withId(matchingVeto(a, p.draft())) : p.draft();
            Finding current = storedIds.contains(d.id()) ? FindingRows.get(a.c, d.id()).orElse(null) : null;
            if (current != null && !current.unit().equals(d.unit())) {
                throw bad("finding " + d.id() + " belongs to " + current.unit() + ", the file puts it under " + d.unit());
            }
            String findingId = d.id();
            if (current != null && current.sameContent(d)) {
                unchanged++;
            } else {
                FindingVersions.INSTANCE.put(a, current, d);
                if (current == null) {
                    added++;
                } else {
                    updated++;
                }
            }
            // A finding created just now has no links: its images are attached in file order, each once.
            Set<String> attachedToNew = current == null ? new HashSet<>() : null;
            for (Evidence e : p.evidence()) {
                String sha;
                if (e.file() != null) {
                    ImagePreparation.Prepared img = prepared.next();
                    sha = img.sha256();
                    if (img.image() != null && EvidenceRows.store(a.c, img.image(), img.source(), a.author, a.at)) {
                        stored++;
                    } else {
                        reused++;
                    }
                } else {
                    sha = e.storedSha();
                    reused++;
                }
                if (attachedToNew == null) {
                    EvidenceLinkVersions.INSTANCE.attach(a, findingId, sha);
                } else if (attachedToNew.add(sha)) {
                    EvidenceLinkVersions.INSTANCE.attachToNew(a, findingId, sha, attachedToNew.size());
                }
            }
        }
        return new ImportResult(added, updated, unchanged, stored, reused, 0, List.of());
    }

    private static String matchingVeto(Action a, FindingDraft d) throws SQLException {
        return Sql.one(a.c, "SELECT f.id FROM finding f JOIN unit u ON u.id = f.unit_id"
                        + " LEFT JOIN website w ON w.id = f.website_id WHERE f.kind = 'VETO' AND f.deleted = 0"
                        + " AND u.name = ? AND f.item = ? AND f.rule IS ? AND w.name IS ? ORDER BY f.seq LIMIT 1",
                rs -> rs.getString(1), d.unit(), d.item(), d.rule(), d.site())
                .orElseGet(() -> UUID.randomUUID().toString());
    }

    /** Ids are UUIDs; another id (a hand-written "f1") maps to a UUID derived from it, the same every time. */
    static String normalisedId(String id) {
        if (id == null || id.isBlank()) {
            return UUID.randomUUID().toString();
        }
        String lower = id.strip().toLowerCase(java.util.Locale.ROOT);
        if (UUID_TEXT.matcher(lower).matches()) {
            return lower;
        }
        return UUID.nameUUIDFromBytes(("finding:" + id.strip()).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }
}
