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
        return BundleTx.read(ws, tx -> {
            ImportPlan plan = ImportPlan.make(tx, bundle, true);
            return plan.report(false);
        });
    }

    /** Imports one bundle (all or nothing); importing it again changes nothing. */
    public static ImportReport apply(Workspace ws, VerifiedBundle bundle) {
        ImportReport preview = preview(ws, bundle);
        if (preview.noChange() && preview.alreadyImported()) {
            return preview;
        }
        return BundleTx.write(ws, "导入数据包 import bundle " + bundle.manifest().bundleId() + " ("
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
        return BundleTx.write(ws, label, tx -> {
            tx.syncLocalVersions();
            List<ImportReport> out = new ArrayList<>();
            for (VerifiedBundle b : bundles) {
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
                bundle.file().getFileName().toString(), summary(plan.report(true))));
    }

    private static String summary(ImportReport r) {
        Map<String, Object> s = new LinkedHashMap<>();
        r.counts().forEach((k, v) -> s.put(k.name().toLowerCase(java.util.Locale.ROOT), v));
        s.put("newImages", r.newImages());
        s.put("knownImages", r.knownImages());
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
            VerifiedBundle b = VerifiedBundle.open(f, trust);
            out.add(dryRun ? preview(ws, b) : apply(ws, b));
        }
        return out;
    }

}
