package org.inspectorbench.bundle;

import org.inspectorbench.store.Annotation;
import org.inspectorbench.store.Assignment;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.Campaign;
import org.inspectorbench.store.EvidenceLink;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordStates;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.Revision;
import org.inspectorbench.store.SamplingDraw;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks and the merge plan of one bundle against one workspace, computed inside the
 * transaction that applies it (or a read-only one for a preview). Everything that would make the
 * import refused is found here, before anything is written.
 */
final class ImportPlan {

    private final VerifiedBundle bundle;
    private final List<RecordPlan> records;
    private final Map<RecordVersion.Key, List<RecordVersion>> incoming;
    private final Set<String> newImages;
    private final int knownImages;
    private final boolean alreadyImported;

    private ImportPlan(VerifiedBundle bundle, List<RecordPlan> records,
                       Map<RecordVersion.Key, List<RecordVersion>> incoming, Set<String> newImages, int knownImages,
                       boolean alreadyImported) {
        this.bundle = bundle;
        this.records = records;
        this.incoming = incoming;
        this.newImages = newImages;
        this.knownImages = knownImages;
        this.alreadyImported = alreadyImported;
    }

    /** @param withPending count edits made here but not yet recorded as versions (a preview) */
    static ImportPlan make(BundleTx tx, VerifiedBundle bundle, boolean withPending) throws SQLException {
        Manifest m = bundle.manifest();
        Campaign campaign = tx.workspace().campaign();
        if (!m.campaignId().equals(campaign.id())) {
            throw refuse(BundleProblem.OTHER_CAMPAIGN, "考核活动不符 the bundle " + name(bundle) + " is for campaign "
                    + m.campaignId() + ", this workspace holds campaign " + campaign.id() + ". Import it into the"
                    + " workspace of that campaign. Nothing was imported.");
        }
        if (!m.rubricSha256().equals(campaign.rubricSha256())) {
            throw refuse(BundleProblem.OTHER_RUBRIC, "评分细则不符 the bundle " + name(bundle) + " was scored with"
                    + " another rubric (SHA-256 " + m.rubricSha256().substring(0, 12) + "…, this workspace's is "
                    + campaign.rubricSha256().substring(0, 12) + "…): its scores would not mean the same. Ask the office"
                    + " for the campaign's current office bundle. Nothing was imported.");
        }
        if (m.kind() == BundleKind.INSPECTOR && !bundle.versions(RecordKind.ASSIGNMENT).isEmpty()) {
            throw RecordsCheck.bad(bundle.file(), RecordFiles.of(RecordKind.ASSIGNMENT), 0,
                    "an inspector's bundle cannot change assignments (only the office's can)");
        }
        if (m.kind() == BundleKind.OFFICE) {
            checkOffice(tx, bundle);
        }
        CampaignFiles.Parsed campaignFiles = m.kind() == BundleKind.OFFICE ? CampaignFiles.parse(bundle) : null;

        Map<RecordVersion.Key, List<RecordVersion>> incoming = new HashMap<>();
        for (RecordVersion v : bundle.allVersions()) {
            incoming.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        Map<RecordVersion.Key, List<RecordVersion>> local = new HashMap<>();
        Map<RecordVersion.Key, Revision> shown = new HashMap<>();
        Map<RecordVersion.Key, RecordStates.Loaded> rows = new HashMap<>();
        for (RecordVersion.Key key : incoming.keySet()) {
            local.put(key, new ArrayList<>(tx.versions(key)));
            tx.current(key).ifPresent(row -> {
                rows.put(key, row);
                shown.put(key, row.revision());
            });
        }
        if (withPending) {
            for (RecordVersion p : tx.pendingLocalVersions()) {
                if (local.containsKey(p.key())) {
                    local.get(p.key()).add(p);
                }
            }
        }
        sameRevisionSameContent(bundle, incoming, local);
        List<RecordPlan> plans = Merge.plan(local, shown, bundle.allVersions());

        Set<String> stored = tx.evidenceHashes();
        Set<String> newImages = new TreeSet<>();
        int known = 0;
        for (EvidenceLine line : bundle.evidence()) {
            if (stored.contains(line.sha256())) {
                known++;
            } else {
                newImages.add(line.sha256());
            }
        }
        References refs = new References(tx, bundle, incoming, rows, stored, campaignFiles);
        Map<String, Set<String>> assigned = tx.liveAssignments();
        Set<String> signerIds = new HashSet<>();
        for (Inspector i : tx.inspectors()) {
            if (i.name().equals(bundle.signerName())) {
                signerIds.add(i.id());
            }
        }
        if (signerIds.isEmpty()) {
            // A signer the campaign does not list: the manifest's author id is all we know of them.
            signerIds.add(m.author().id());
        }
        for (RecordPlan p : plans) {
            for (RecordVersion v : p.added()) {
                String unit = refs.unitOf(v);
                // Versions of others that the signer relays (received in an office bundle) are not the
                // signer's edits: the assignment rule is about what the signer changed.
                if (m.kind() == BundleKind.INSPECTOR && signerIds.contains(v.author())) {
                    Set<String> who = assigned.getOrDefault(unit, Set.of());
                    if (!who.isEmpty() && java.util.Collections.disjoint(who, signerIds)) {
                        throw refuse(BundleProblem.UNIT_NOT_ASSIGNED, "单位未分配 the bundle " + name(bundle)
                                + " signed by " + bundle.signerName() + " changes records of " + unit
                                + ", which the office assigned to " + String.join(", ", who) + ". Ask the office to"
                                + " assign " + unit + " to " + bundle.signerName() + " (or import the bundle of the"
                                + " inspector it is assigned to). Nothing was imported.");
                    }
                }
            }
            if (p.rowChanges()) {
                refs.check(p.after());
            }
        }
        boolean already = tx.received(m.bundleId()).isPresent();
        return new ImportPlan(bundle, plans, incoming, newImages, known, already);
    }

    /** A revision names one version: the same stamp with other content is a forged or broken history. */
    private static void sameRevisionSameContent(VerifiedBundle bundle, Map<RecordVersion.Key, List<RecordVersion>> in,
                                                Map<RecordVersion.Key, List<RecordVersion>> local) {
        for (Map.Entry<RecordVersion.Key, List<RecordVersion>> e : in.entrySet()) {
            Map<Revision, RecordVersion> known = new HashMap<>();
            local.getOrDefault(e.getKey(), List.of()).forEach(v -> known.put(v.revision(), v));
            for (RecordVersion v : e.getValue()) {
                RecordVersion k = known.get(v.revision());
                if (k != null && !(StateContent.tree(k.stateJson()).equals(StateContent.tree(v.stateJson()))
                        && k.parents().equals(v.parents()))) {
                    throw refuse(BundleProblem.INCONSISTENT_HISTORY, "历史不一致 the bundle " + name(bundle)
                            + " has a version of " + e.getKey() + " with revision " + v.revision() + " that differs"
                            + " from the version this workspace has under the same revision: one of them was altered."
                            + " Nothing was imported; keep this workspace and ask the author for a new export.");
                }
            }
        }
    }

    /** An office bundle must come from the office that this workspace already follows. */
    private static void checkOffice(BundleTx tx, VerifiedBundle bundle) throws SQLException {
        if (bundle.signerTrusted()) {
            return;
        }
        Set<String> officeKeys = new TreeSet<>();
        for (BundleTx.Received r : tx.received()) {
            if (r.kind().equals(BundleKind.OFFICE.json())) {
                officeKeys.add(r.certificateSha256());
            }
        }
        if (!officeKeys.isEmpty() && !officeKeys.contains(bundle.signerFingerprint())) {
            throw refuse(BundleProblem.NOT_OFFICE, "不是本办公室的数据包 " + name(bundle) + " claims to be an office"
                    + " bundle but is signed by " + bundle.signerName() + ", not by the office key that signed the"
                    + " office bundles this workspace received. If the office changed its key, import it with"
                    + " --trust DIR holding the new office certificate. Nothing was imported.");
        }
    }

    List<RecordPlan> records() {
        return records;
    }

    List<RecordVersion> incoming(RecordVersion.Key key) {
        return incoming.getOrDefault(key, List.of());
    }

    Set<String> newImages() {
        return newImages;
    }

    ImportReport report(boolean written) {
        Manifest m = bundle.manifest();
        return new ImportReport(bundle.file().toString(), m.bundleId(), m.kind(), bundle.signerName(), m.author().id(),
                bundle.signerFingerprint(), List.copyOf(bundle.units()), records, newImages.size(), knownImages,
                alreadyImported, written);
    }

    static String name(VerifiedBundle b) {
        return b.file().getFileName().toString();
    }

    static BundleException refuse(BundleProblem p, String message) {
        return new BundleException(p, message);
    }

    /** Used by References for the units of attachments and annotations. */
    static String findingIdOf(Object state) {
        if (state instanceof EvidenceLink l) {
            return l.findingId();
        } else if (state instanceof Annotation a) {
            return a.findingId();
        } else if (state instanceof SamplingDraw d) {
            return d.findingId();
        }
        return null;
    }

    static String unitInState(Object state) {
        if (state instanceof Finding f) {
            return f.unit();
        } else if (state instanceof SamplingDraw d) {
            return d.unit();
        } else if (state instanceof Assignment a) {
            return a.unit();
        }
        return null;
    }
}
