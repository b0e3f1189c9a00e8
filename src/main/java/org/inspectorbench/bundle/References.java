package org.inspectorbench.bundle;

import org.inspectorbench.store.Annotation;
import org.inspectorbench.store.Assignment;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.EvidenceLink;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordStates;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.SamplingDraw;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the records of a bundle refer to (units, websites, accounts, findings, images, inspectors)
 * must exist here or arrive with the bundle; and which unit each record concerns, taken from the
 * records themselves (an attachment's unit is its finding's), never from what a line claims.
 */
final class References {

    private final BundleTx tx;
    private final VerifiedBundle bundle;
    private final Map<String, String> findingUnits = new HashMap<>();
    private final Set<String> images;
    private final CampaignFiles.Parsed campaign;
    private final Set<String> inspectors = new HashSet<>();

    References(BundleTx tx, VerifiedBundle bundle, Map<RecordVersion.Key, List<RecordVersion>> incoming,
               Map<RecordVersion.Key, RecordStates.Loaded> rows, Set<String> storedImages,
               CampaignFiles.Parsed campaign) throws SQLException {
        this.tx = tx;
        this.bundle = bundle;
        this.campaign = campaign;
        this.images = new HashSet<>(storedImages);
        bundle.evidence().forEach(e -> images.add(e.sha256()));
        for (Inspector i : tx.inspectors()) {
            inspectors.add(i.id());
        }
        if (campaign != null) {
            inspectors.addAll(campaign.inspectorIds());
        }
        for (Map.Entry<RecordVersion.Key, List<RecordVersion>> e : incoming.entrySet()) {
            if (e.getKey().kind() != RecordKind.FINDING) {
                continue;
            }
            RecordStates.Loaded row = rows.get(e.getKey());
            String unit = row == null ? null : row.unit();
            for (RecordVersion v : e.getValue()) {
                String u = ((Finding) RecordStates.parse(RecordKind.FINDING, v.stateJson())).unit();
                if (unit != null && !unit.equals(u)) {
                    throw ImportPlan.refuse(BundleProblem.INCONSISTENT_HISTORY, "历史不一致 the bundle "
                            + ImportPlan.name(bundle) + " moves finding " + v.recordId() + " from " + unit + " to " + u
                            + ": a finding never changes unit. Nothing was imported.");
                }
                unit = u;
            }
            findingUnits.put(e.getKey().recordId(), unit);
        }
    }

    /** The unit a version concerns. */
    String unitOf(RecordVersion v) throws SQLException {
        Object state = RecordStates.parse(v.kind(), v.stateJson());
        String unit = ImportPlan.unitInState(state);
        if (unit == null) {
            String findingId = ImportPlan.findingIdOf(state);
            unit = findingUnit(findingId);
            if (unit == null) {
                throw unknown(v, "finding " + findingId + ", which neither this workspace nor the bundle has");
            }
        }
        return unit;
    }

    private String findingUnit(String findingId) throws SQLException {
        if (findingId == null) {
            return null;
        }
        String unit = findingUnits.get(findingId);
        if (unit == null) {
            unit = tx.current(new RecordVersion.Key(RecordKind.FINDING, findingId)).map(RecordStates.Loaded::unit)
                    .orElse(null);
            if (unit != null) {
                findingUnits.put(findingId, unit);
            }
        }
        return unit;
    }

    /** The version that will be the record's row: everything it names must be there. */
    void check(RecordVersion v) throws SQLException {
        Object state = RecordStates.parse(v.kind(), v.stateJson());
        if (state instanceof Finding f) {
            place(v, f.unit(), f.site(), f.account());
        } else if (state instanceof SamplingDraw d) {
            place(v, d.unit(), d.site(), d.account());
            if (d.findingId() != null && findingUnit(d.findingId()) == null) {
                throw unknown(v, "finding " + d.findingId());
            }
        } else if (state instanceof EvidenceLink l) {
            if (findingUnit(l.findingId()) == null) {
                throw unknown(v, "finding " + l.findingId());
            }
            if (!images.contains(l.sha256())) {
                throw unknown(v, "image " + l.sha256() + " (not in the bundle, not in this workspace)");
            }
        } else if (state instanceof Annotation a) {
            if (findingUnit(a.findingId()) == null) {
                throw unknown(v, "finding " + a.findingId());
            }
            if (!images.contains(a.sha256())) {
                throw unknown(v, "image " + a.sha256() + " (not in the bundle, not in this workspace)");
            }
        } else if (state instanceof Assignment a) {
            place(v, a.unit(), null, null);
            if (!inspectors.contains(a.inspector())) {
                throw unknown(v, "inspector " + a.inspector());
            }
        }
    }

    private void place(RecordVersion v, String unit, String site, String account) throws SQLException {
        boolean fromOffice = campaign != null;
        if (!tx.hasUnit(unit) && !(fromOffice && campaign.unitNames().contains(unit))) {
            throw unknown(v, "unit " + unit);
        }
        if (site != null && !tx.hasWebsite(unit, site) && !(fromOffice && campaign.websites().contains(unit + "\n" + site))) {
            throw unknown(v, "website " + site + " of " + unit);
        }
        if (account != null && !tx.hasAccount(unit, account)
                && !(fromOffice && campaign.accounts().contains(unit + "\n" + account))) {
            throw unknown(v, "new-media account " + account + " of " + unit);
        }
    }

    private BundleException unknown(RecordVersion v, String what) {
        return ImportPlan.refuse(BundleProblem.UNKNOWN_REFERENCE, "引用不存在 the bundle " + ImportPlan.name(bundle)
                + " has " + v.key() + " referring to " + what + ", which this workspace does not know. Import the"
                + " office's latest bundle (or the earlier bundles of this author) first, or ask the author for a"
                + " full export (--since ALL). Nothing was imported.");
    }
}
