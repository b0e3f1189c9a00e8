package org.inspectorbench.ui.bundle;

import org.inspectorbench.bundle.BundleException;
import org.inspectorbench.bundle.BundleExport;
import org.inspectorbench.bundle.BundleImport;
import org.inspectorbench.bundle.BundleKind;
import org.inspectorbench.bundle.BundleProgress;
import org.inspectorbench.bundle.BundleSigner;
import org.inspectorbench.bundle.Conflict;
import org.inspectorbench.bundle.Conflicts;
import org.inspectorbench.bundle.ImportReport;
import org.inspectorbench.bundle.Manifest;
import org.inspectorbench.bundle.MergeOutcome;
import org.inspectorbench.bundle.RecordPlan;
import org.inspectorbench.bundle.Resolution;
import org.inspectorbench.bundle.TrustFolder;
import org.inspectorbench.bundle.VerifiedBundle;
import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import org.inspectorbench.store.EvidenceItem;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceException;
import org.inspectorbench.ui.port.StoreRefusal;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The bundle and conflict operations on the workbench's open workspace. */
public final class WorkspaceBundles implements BundleService, ConflictService {

    private final Workspace ws;

    public WorkspaceBundles(Workspace ws) {
        this.ws = ws;
    }

    @Override
    public BundlePreview preview(Path file) {
        VerifiedBundle b;
        try {
            // openFor: a bundle merged before is recognised from its signed manifest, without reading its images.
            b = VerifiedBundle.openFor(ws, file, TrustFolder.besideWorkspace(ws.file()));
        } catch (BundleException | WorkspaceException e) {
            return BundlePreview.refused(file, e.getMessage());
        } catch (SigningException e) {
            return BundlePreview.refused(file, e.problem().message());
        }
        ImportReport r;
        try {
            r = BundleImport.preview(ws, b);
        } catch (BundleException | WorkspaceException e) {
            return BundlePreview.refused(file, e.getMessage());
        }
        return new BundlePreview(file, b, null, b.signerName(), b.signer().getSubjectX500Principal().getName(),
                b.signerFingerprint(), b.signerTrusted(), b.manifest().kind(), r.alreadyImported(), !r.noChange(),
                unitCounts(r), r.newImages(), r.knownImages());
    }

    static List<BundlePreview.UnitCounts> unitCounts(ImportReport r) {
        Map<String, long[]> perUnit = new TreeMap<>();
        for (RecordPlan p : r.records()) {
            String unit = p.after() != null && p.after().unit() != null ? p.after().unit()
                    : p.added().isEmpty() || p.added().get(0).unit() == null ? "—" : p.added().get(0).unit();
            boolean evidence = p.key().kind() == RecordKind.EVIDENCE_LINK || p.key().kind() == RecordKind.ANNOTATION;
            int column = (evidence ? 4 : 0) + switch (p.outcome()) {
                case NEW -> 0;
                case UPDATED -> 1;
                case UNCHANGED -> 2;
                case CONFLICT -> 3;
            };
            perUnit.computeIfAbsent(unit, u -> new long[8])[column]++;
        }
        return perUnit.entrySet().stream().map(e -> {
            long[] c = e.getValue();
            return new BundlePreview.UnitCounts(e.getKey(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]);
        }).toList();
    }

    @Override
    public List<ImportReport> apply(List<VerifiedBundle> bundles) {
        return BundleImport.applyAll(ws, bundles);
    }

    @Override
    public ExportResult export(Path keystore, char[] password, Path out, BundleKind kind, boolean sinceLast,
                               BundleProgress progress) {
        SigningIdentity identity;
        try {
            Identities.checkExists(keystore);
            identity = Identities.open(keystore, password, Instant.now());
        } catch (SigningException e) {
            throw new StoreRefusal(e.problem().message());
        } finally {
            Arrays.fill(password, '\0');
        }
        Manifest m = BundleExport.export(ws, new BundleSigner(identity.privateKey(), identity.chain()), out,
                new BundleExport.Options(kind, sinceLast), progress);
        return new ExportResult(out, identity.name(), m.seq(), m.units(), m.counts().getOrDefault("evidence", 0L));
    }

    @Override
    public List<Conflict> conflicts() {
        return Conflicts.list(ws);
    }

    @Override
    public Map<String, byte[]> thumbnails(Conflict c) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        if (c.unit() == null || c.evidence().isEmpty()) {
            return out;
        }
        for (EvidenceItem item : ws.evidence().ofUnit(c.unit())) {
            if (item.findingId().equals(c.key().recordId()) && c.evidence().contains(item.meta().sha256())) {
                out.put(item.meta().sha256(), item.thumbnailJpeg());
            }
        }
        return out;
    }

    @Override
    public void resolve(String conflictId, Resolution resolution, String note) {
        Conflicts.resolve(ws, conflictId, resolution, note);
    }

    /** The units whose scores an import changed (so the workbench re-reads them). */
    static List<String> touchedUnits(List<ImportReport> reports) {
        return reports.stream().flatMap(r -> r.records().stream())
                .filter(p -> p.outcome() != MergeOutcome.UNCHANGED && p.after() != null && p.after().unit() != null)
                .map(p -> p.after().unit()).distinct().sorted().toList();
    }
}
