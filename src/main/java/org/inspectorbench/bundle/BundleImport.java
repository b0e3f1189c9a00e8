package org.inspectorbench.bundle;

import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;
import org.inspectorbench.store.Workspace;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Imports verified bundles into a workspace: checks that the bundle belongs here (campaign,
 * rubric, assignments, references), plans the merge ({@link Merge}), and applies it in ONE
 * transaction: versions, heads, provenance, rows, images. A refusal writes nothing.
 */
public final class BundleImport {

    private BundleImport() {
    }

    /** What importing would do; nothing is written. */
    public static ImportReport preview(Workspace ws, VerifiedBundle bundle) {
        if (bundle.knownAlready()) {
            return knownReport(bundle);
        }
        return BundleTx.read(ws, tx -> {
            ImportPlan plan = ImportPlan.make(tx, bundle, true);
            return plan.report(false);
        });
    }

    /** Imports one bundle (all or nothing); importing it again changes nothing. */
    public static ImportReport apply(Workspace ws, VerifiedBundle bundle) {
        if (bundle.knownAlready()) {
            return knownReport(bundle);
        }
        // Only a bundle received before can need nothing at all (then no action is logged): only
        // then is the plan made once more, read-only, to find out.
        boolean receivedBefore = BundleTx.read(ws, tx -> tx.received(bundle.manifest().bundleId())).isPresent();
        if (receivedBefore) {
            ImportReport preview = preview(ws, bundle);
            if (preview.noChange() && preview.alreadyImported()) {
                return preview;
            }
        }
        return BundleTx.bulkWrite(ws, "导入数据包 import bundle " + bundle.manifest().bundleId() + " ("
                + bundle.signerName() + ")", tx -> {
            tx.syncLocalVersions();
            ImportPlan plan = ImportPlan.make(tx, bundle, false);
            write(tx, bundle, plan);
            return plan.report(true);
        });
    }

    /**
     * Imports several verified bundles in ONE transaction (the workbench's "导入"): either all of them
     * are merged or, when any is refused, none. Bundles already imported change nothing.
     */
    public static List<ImportReport> applyAll(Workspace ws, List<VerifiedBundle> bundles) {
        if (bundles.isEmpty()) {
            return List.of();
        }
        String label = "导入数据包 import " + bundles.size() + " bundle(s): " + String.join(", ",
                bundles.stream().map(b -> b.manifest().bundleId() + " (" + b.signerName() + ")").toList());
        return BundleTx.bulkWrite(ws, label, tx -> {
            tx.syncLocalVersions();
            List<ImportReport> out = new ArrayList<>();
            for (VerifiedBundle b : bundles) {
                if (b.knownAlready()) {
                    out.add(knownReport(b));
                    continue;
                }
                ImportPlan plan = ImportPlan.make(tx, b, false);
                ImportReport before = plan.report(false);
                if (before.noChange() && before.alreadyImported()) {
                    out.add(before);
                    continue;
                }
                write(tx, b, plan);
                out.add(plan.report(true));
            }
            return out;
        });
    }

    private static void write(BundleTx tx, VerifiedBundle bundle, ImportPlan plan) throws SQLException {
        String bundleId = bundle.manifest().bundleId();
        if (bundle.manifest().kind() == BundleKind.OFFICE) {
            CampaignFiles.refresh(tx, bundle);
        }
        Map<String, EvidenceLine> incoming = new HashMap<>();
        for (EvidenceLine line : bundle.evidence()) {
            incoming.put(line.sha256(), line);
            var stored = tx.evidenceMeta(line.sha256());
            if (stored.isPresent() && EvidenceMetas.preferred(line.meta(), stored.get()) != stored.get()) {
                tx.replaceEvidenceMeta(line.meta());
            }
        }
        bundle.readImages(plan.newImages(), (sha, bytes) -> {
            EvidenceLine line = incoming.get(sha);
            tx.storeEvidence(line.meta(), bytes, EvidenceMetas.thumbnail(line, bundle.thumbnail(sha), bytes));
        });
        Revision newest = null;
        List<RecordPlan> ordered = new ArrayList<>(plan.records());
        ordered.sort(Comparator.comparing(RecordPlan::key));
        for (RecordPlan p : ordered) {
            for (RecordVersion v : p.added()) {
                tx.addVersion(v);
            }
            for (RecordVersion v : plan.incoming(p.key())) {
                tx.addProvenance(p.key(), v.revision(), bundleId);
                newest = newest == null || v.revision().compareTo(newest) > 0 ? v.revision() : newest;
            }
            if (!p.added().isEmpty()) {
                tx.setHeads(p.key(), p.headsAfter().stream().map(RecordVersion::revision).toList());
            }
            if (p.rowChanges()) {
                tx.materialize(p.after());
            }
        }
        if (newest != null) {
            tx.observe(newest);
        }
        Manifest m = bundle.manifest();
        tx.recordReceived(new BundleTx.Received(bundleId, m.kind().json(), m.seq(), m.author().id(), bundle.signerName(),
                bundle.signerFingerprint(), m.createdAt().toString(), tx.now().toString(),
                bundle.file().getFileName().toString(), summary(plan.report(true), bundle.manifestSha256())));
    }

    /**
     * The report for a bundle recognised as imported before from its signed manifest alone
     * ({@link VerifiedBundle#openFor}): nothing new, nothing written, its images not read again.
     */
    private static ImportReport knownReport(VerifiedBundle b) {
        Manifest m = b.manifest();
        int images = (int) (long) m.counts().getOrDefault("evidence", 0L);
        return new ImportReport(b.file().getFileName().toString(), m.bundleId(), m.kind(), b.signerName(),
                m.author().id(), b.signerFingerprint(), m.units() == null ? List.of() : m.units(), List.of(), 0, images,
                true, false);
    }

    /**
     * True when {@code ws} imported this very bundle before: the same bundle id with the same
     * manifest (by its SHA-256, recorded at import). Every entry of a bundle is named in its
     * manifest with its hash, so the same manifest means the same content, all of it merged in
     * that import's one transaction. A bundle id imported with another manifest, or before the
     * manifest hash was recorded, is not "known": it is read and merged in full.
     */
    static boolean imported(Workspace ws, String bundleId, String manifestSha256) {
        return BundleTx.read(ws, tx -> tx.received(bundleId)).map(r -> {
            try {
                var node = org.inspectorbench.json.Json.mapper().readTree(r.summaryJson()).get(MANIFEST_SHA);
                return node != null && node.asText().equals(manifestSha256);
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                return false;
            }
        }).orElse(false);
    }

    /** The key under which bundle_received.summary_json records the imported manifest's SHA-256. */
    static final String MANIFEST_SHA = "manifestSha256";

    private static String summary(ImportReport r, String manifestSha256) {
        Map<String, Object> s = new LinkedHashMap<>();
        r.counts().forEach((k, v) -> s.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        s.put("newImages", r.newImages());
        s.put("knownImages", r.knownImages());
        s.put(MANIFEST_SHA, manifestSha256);
        try {
            return org.inspectorbench.json.Json.mapper().writeValueAsString(s);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens and imports several bundles, each in its own transaction, stopping at the first refusal. */
    public static List<ImportReport> importAll(Workspace ws, List<Path> files, SignerTrust trust, boolean dryRun) {
        List<ImportReport> out = new ArrayList<>();
        for (Path f : files) {
            VerifiedBundle b = VerifiedBundle.openFor(ws, f, trust);
            out.add(dryRun ? preview(ws, b) : apply(ws, b));
        }
        return out;
    }

}
