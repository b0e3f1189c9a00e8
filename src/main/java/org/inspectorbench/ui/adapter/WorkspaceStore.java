package org.inspectorbench.ui.adapter;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.inspectorbench.json.Json;
import org.inspectorbench.sampling.Candidate;
import org.inspectorbench.store.Annotation;
import org.inspectorbench.store.Campaign;
import org.inspectorbench.store.EvidenceItem;
import org.inspectorbench.store.EvidenceMeta;
import org.inspectorbench.store.EvidenceSource;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.FindingDraft;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.SamplingDraw;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceChange;
import org.inspectorbench.store.WorkspaceException;
import org.inspectorbench.ui.port.CampaignInfo;
import org.inspectorbench.ui.port.EvidenceInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.HistoryEntry;
import org.inspectorbench.ui.port.SampleDraw;
import org.inspectorbench.ui.port.StoreRefusal;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.WorkbenchStore;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The SQLite workspace behind the workbench's store port; refusals become messages for the user. */
public final class WorkspaceStore implements WorkbenchStore {

    private final Workspace ws;
    private final Map<String, String> inspectorNames = new LinkedHashMap<>();
    /** Thumbnails arrive with a unit's evidence list; kept until asked for (finding id + hash). */
    private final Map<String, byte[]> thumbnails = new ConcurrentHashMap<>();
    private volatile WorkspaceChange lastChange;

    public WorkspaceStore(Workspace ws) {
        this.ws = ws;
        for (Inspector i : ws.inspectors()) {
            inspectorNames.put(i.id(), i.name());
        }
        ws.addListener(change -> lastChange = change);
    }

    /** The open workspace, for the views that read it whole (the office dashboard, the scorecard export). */
    public Workspace workspace() {
        return ws;
    }

    private static <T> T refusing(Supplier<T> action) {
        try {
            return action.get();
        } catch (WorkspaceException e) {
            throw new StoreRefusal(e.getMessage());
        }
    }

    @Override
    public CampaignInfo campaign() {
        Campaign c = ws.campaign();
        return new CampaignInfo(c.name(), c.monitoringDate(), ws.rubric(), name(ws.author()));
    }

    private String name(String inspectorId) {
        return inspectorNames.getOrDefault(inspectorId, inspectorId);
    }

    @Override
    public List<UnitInfo> units() {
        return ws.units().stream().map(this::unit).toList();
    }

    private UnitInfo unit(Unit u) {
        return new UnitInfo(u.name(), u.kind(), u.tags(), u.websites().stream().map(w -> w.name()).toList(),
                u.accounts().stream().map(a -> new UnitInfo.AccountInfo(a.name(), a.platform())).toList(),
                u.inspectors().isEmpty() ? null : name(u.inspectors().get(0)));
    }

    @Override
    public Map<String, List<FindingRecord>> allFindings() {
        Map<String, List<FindingRecord>> all = new LinkedHashMap<>();
        for (Unit u : ws.units()) {
            all.put(u.name(), findings(u.name()));
        }
        return all;
    }

    @Override
    public List<FindingRecord> findings(String unit) {
        return ws.findings(unit).stream().map(WorkspaceStore::record).toList();
    }

    static FindingRecord record(Finding f) {
        return new FindingRecord(f.id(), f.unit(), f.item(), f.rule(), f.kind() == Finding.Kind.VETO, f.site(),
                f.account(), f.count(), f.value(), f.note());
    }

    @Override
    public FindingRecord put(FindingRecord f) {
        FindingDraft draft = new FindingDraft(f.id(), f.unit(), f.site(), f.account(),
                f.veto() ? Finding.Kind.VETO : Finding.Kind.RULE, f.item(), f.rule(), f.count(), f.value(), f.note());
        return record(refusing(() -> ws.putFinding(draft)));
    }

    @Override
    public void delete(String findingId) {
        refusing(() -> ws.deleteFinding(findingId));
    }

    @Override
    public List<EvidenceInfo> evidence(String findingId) {
        return ws.finding(findingId).map(f -> evidenceOfUnit(f.unit()).stream()
                .filter(e -> e.findingId().equals(findingId)).toList()).orElse(List.of());
    }

    @Override
    public List<EvidenceInfo> evidenceOfUnit(String unit) {
        List<EvidenceInfo> out = new ArrayList<>();
        for (EvidenceItem item : ws.evidence().ofUnit(unit)) {
            EvidenceInfo info = info(item.findingId(), item.meta());
            if (item.thumbnailJpeg() != null) {
                thumbnails.put(info.id(), item.thumbnailJpeg());
            }
            out.add(info);
        }
        return out;
    }

    private static EvidenceInfo info(String findingId, EvidenceMeta m) {
        return new EvidenceInfo(findingId + "/" + m.sha256(), findingId, m.sha256(), m.originalName(), m.sourceUrl(),
                m.capturedAt(), m.width(), m.height());
    }

    @Override
    public EvidenceInfo attach(String findingId, byte[] image, String fileName, String sourceUrl,
                               java.time.Instant capturedAt) {
        EvidenceMeta meta = refusing(() -> ws.evidence().attach(findingId, image,
                new EvidenceSource(fileName, sourceUrl, capturedAt)));
        return info(findingId, meta);
    }

    @Override
    public byte[] thumbnail(EvidenceInfo evidence) {
        byte[] cached = thumbnails.remove(evidence.id());
        if (cached != null) {
            return cached;
        }
        // Just attached: its thumbnail is read with the unit's evidence.
        ws.finding(evidence.findingId()).ifPresent(f -> evidenceOfUnit(f.unit()));
        byte[] now = thumbnails.remove(evidence.id());
        if (now != null) {
            return now;
        }
        // A bulk import leaves thumbnails for later: made now (off the FX thread) and kept.
        return refusing(() -> ws.evidence().thumbnail(evidence.sha256())).orElseGet(() -> image(evidence.sha256()));
    }

    @Override
    public byte[] image(String sha256) {
        return refusing(() -> ws.evidence().image(sha256));
    }

    @Override
    public Optional<String> annotations(EvidenceInfo e) {
        List<Annotation> all = ws.evidence().annotations(e.findingId(), e.sha256());
        return all.stream().filter(a -> !a.deleted() && a.author().equals(ws.author())).findFirst()
                .or(() -> all.stream().filter(a -> !a.deleted()).findFirst())
                .map(Annotation::shapesJson);
    }

    @Override
    public void saveAnnotations(EvidenceInfo e, String json) {
        refusing(() -> ws.evidence().annotate(e.findingId(), e.sha256(), json));
    }

    /**
     * Draws with the documented algorithm of the sampling package (docs/sampling.md) and stores the
     * whole draw as drawJson, so that `inspector sample verify` and the office redraw the same sample.
     */
    @Override
    public SampleDraw drawSample(String unit, String item, String rule, List<String> candidates, int size) {
        long seed = new SecureRandom().nextLong();
        List<Candidate> listed = candidates.stream().map(c -> new Candidate(c, null)).toList();
        org.inspectorbench.sampling.SampleDraw draw = org.inspectorbench.sampling.SampleDraw.draw(listed, size, seed);
        String json;
        try {
            json = Json.mapper().writeValueAsString(draw);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String id = ws.samplingDraws(unit).stream().filter(s -> item.equals(s.item()) && rule.equals(s.rule())
                && !s.deleted()).map(SamplingDraw::id).findFirst().orElse(java.util.UUID.randomUUID().toString());
        refusing(() -> ws.putSamplingDraw(new SamplingDraw(id, unit, null, null, item, rule, null, json, null, null,
                null, null, null, false)));
        return shown(draw);
    }

    @Override
    public Optional<SampleDraw> lastDraw(String unit, String item, String rule) {
        return ws.samplingDraws(unit).stream()
                .filter(s -> item.equals(s.item()) && rule.equals(s.rule()) && !s.deleted())
                .reduce((a, b) -> b)
                .flatMap(s -> {
                    try {
                        return Optional.of(shown(Json.mapper().readValue(s.drawJson(),
                                org.inspectorbench.sampling.SampleDraw.class)));
                    } catch (JsonProcessingException | IllegalArgumentException e) {
                        return Optional.empty();
                    }
                });
    }

    private static SampleDraw shown(org.inspectorbench.sampling.SampleDraw draw) {
        return new SampleDraw(draw.candidates().stream().map(Candidate::label).toList(), draw.seed(),
                draw.drawnCandidates().stream().map(Candidate::label).toList());
    }

    /** One line per user action (an action may change several records), newest first. */
    @Override
    public List<HistoryEntry> history(String unit) {
        Map<String, HistoryEntry> byGroup = new LinkedHashMap<>();
        for (org.inspectorbench.store.HistoryEntry h : ws.history(unit)) {
            byGroup.putIfAbsent(h.groupId(), new HistoryEntry(h.id(), h.at(), name(h.author()), h.action(), h.label(),
                    HistoryChanges.of(h)));
        }
        List<HistoryEntry> list = new ArrayList<>(byGroup.values());
        Collections.reverse(list);
        return list;
    }

    @Override
    public Optional<Undone> undo() {
        return step(ws::undo);
    }

    @Override
    public Optional<Undone> redo() {
        return step(ws::redo);
    }

    private Optional<Undone> step(Supplier<Optional<String>> action) {
        lastChange = null;
        Optional<String> label = refusing(action);
        WorkspaceChange change = lastChange;
        return label.map(l -> new Undone(l, change == null ? Set.of() : change.units()));
    }

    @Override
    public void close() {
        ws.close();
    }
}
