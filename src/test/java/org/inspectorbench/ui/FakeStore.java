package org.inspectorbench.ui;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricParser;
import org.inspectorbench.ui.port.CampaignInfo;
import org.inspectorbench.ui.port.EvidenceInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.HistoryEntry;
import org.inspectorbench.ui.port.SampleDraw;
import org.inspectorbench.ui.port.StoreRefusal;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.WorkbenchStore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/** An in-memory workspace for view-model tests: findings with undo/redo, evidence, draws. */
final class FakeStore implements WorkbenchStore {

    static Rubric rubric() {
        try {
            return RubricParser.parse(Files.readString(Path.of("sample-data/rubrics/mianyang-2022.json")));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The real scoring engine: view-model tests see the real arithmetic. */
    static org.inspectorbench.ui.port.UnitScorer scorer() {
        return new org.inspectorbench.ui.adapter.EngineScorer(rubric(), org.inspectorbench.calendar.CalendarLoader.bundled());
    }

    final CampaignInfo campaign = new CampaignInfo("绵阳市2022年政务公开检查考核", LocalDate.of(2022, 11, 30), rubric(), "张三");
    final List<UnitInfo> units = List.of(
            new UnitInfo("涪城区", "县市区", List.of(), List.of("涪城区人民政府"),
                    List.of(new UnitInfo.AccountInfo("涪城发布", "微信")), "张三"),
            new UnitInfo("市发展改革委", "市级部门", List.of(), List.of("绵阳市发展和改革委员会", "信用中国(四川绵阳)"),
                    List.of(), "李四"),
            new UnitInfo("高新区", "园区", List.of(), List.of("高新区管委会"), List.of(), null));
    final Map<String, FindingRecord> findings = new LinkedHashMap<>();
    final Map<String, List<EvidenceInfo>> evidence = new LinkedHashMap<>();
    final Map<String, byte[]> images = new LinkedHashMap<>();
    final Map<String, String> annotations = new LinkedHashMap<>();
    final List<HistoryEntry> history = new ArrayList<>();
    private final Deque<Map<String, FindingRecord>> undo = new ArrayDeque<>();
    private final Deque<Map<String, FindingRecord>> redo = new ArrayDeque<>();
    int writes;

    @Override
    public CampaignInfo campaign() {
        return campaign;
    }

    @Override
    public List<UnitInfo> units() {
        return units;
    }

    @Override
    public synchronized Map<String, List<FindingRecord>> allFindings() {
        Map<String, List<FindingRecord>> map = new LinkedHashMap<>();
        for (FindingRecord f : findings.values()) {
            map.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f);
        }
        return map;
    }

    @Override
    public synchronized List<FindingRecord> findings(String unit) {
        return findings.values().stream().filter(f -> f.unit().equals(unit)).toList();
    }

    private void remember(String unit, String action) {
        undo.push(new LinkedHashMap<>(findings));
        redo.clear();
        writes++;
        history.add(new HistoryEntry(history.size() + 1, Instant.now(), "张三", action, unit));
    }

    @Override
    public synchronized FindingRecord put(FindingRecord finding) {
        remember(finding.unit(), "记录 " + finding.item());
        findings.put(finding.id(), finding);
        return finding;
    }

    @Override
    public synchronized void delete(String findingId) {
        FindingRecord f = findings.get(findingId);
        remember(f.unit(), "删除 " + f.item());
        findings.remove(findingId);
    }

    @Override
    public synchronized List<EvidenceInfo> evidence(String findingId) {
        return List.copyOf(evidence.getOrDefault(findingId, List.of()));
    }

    @Override
    public synchronized List<EvidenceInfo> evidenceOfUnit(String unit) {
        List<EvidenceInfo> all = new ArrayList<>();
        for (FindingRecord f : findings(unit)) {
            all.addAll(evidence(f.id()));
        }
        return all;
    }

    @Override
    public synchronized EvidenceInfo attach(String findingId, byte[] image, String fileName, String sourceUrl,
                                            Instant capturedAt) {
        if (image.length < 8 || (image[1] != 'P' && (image[0] & 0xff) != 0xFF)) {
            throw new StoreRefusal(fileName + " 不是图片");
        }
        String sha = sha(image);
        images.put(sha, image);
        EvidenceInfo info = new EvidenceInfo(findingId + "/" + sha, findingId, sha, fileName, sourceUrl, capturedAt,
                1, 1);
        evidence.computeIfAbsent(findingId, k -> new ArrayList<>()).add(info);
        return info;
    }

    static String sha(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public synchronized byte[] thumbnail(EvidenceInfo e) {
        return images.get(e.sha256());
    }

    @Override
    public synchronized byte[] image(String sha256) {
        return images.get(sha256);
    }

    @Override
    public synchronized Optional<String> annotations(EvidenceInfo e) {
        return Optional.ofNullable(annotations.get(e.id()));
    }

    @Override
    public synchronized void saveAnnotations(EvidenceInfo e, String json) {
        annotations.put(e.id(), json);
    }

    private final Map<String, SampleDraw> draws = new LinkedHashMap<>();

    @Override
    public synchronized SampleDraw drawSample(String unit, String item, String rule, List<String> candidates, int size) {
        long seed = 42;
        List<String> pool = new ArrayList<>(candidates);
        java.util.Collections.shuffle(pool, new Random(seed));
        SampleDraw d = new SampleDraw(candidates, seed, pool.subList(0, Math.min(size, pool.size())));
        draws.put(unit + item + rule, d);
        return d;
    }

    @Override
    public synchronized Optional<SampleDraw> lastDraw(String unit, String item, String rule) {
        return Optional.ofNullable(draws.get(unit + item + rule));
    }

    @Override
    public synchronized List<HistoryEntry> history(String unit) {
        return history.stream().filter(h -> h.summary().equals(unit)).toList();
    }

    @Override
    public synchronized Optional<Undone> undo() {
        return step(undo, redo, "撤销");
    }

    @Override
    public synchronized Optional<Undone> redo() {
        return step(redo, undo, "重做");
    }

    private Optional<Undone> step(Deque<Map<String, FindingRecord>> from, Deque<Map<String, FindingRecord>> to,
                                  String label) {
        if (from.isEmpty()) {
            return Optional.empty();
        }
        Map<String, FindingRecord> before = new LinkedHashMap<>(findings);
        to.push(before);
        findings.clear();
        findings.putAll(from.pop());
        Set<String> touched = new java.util.HashSet<>();
        before.values().forEach(f -> touched.add(f.unit()));
        findings.values().forEach(f -> touched.add(f.unit()));
        return Optional.of(new Undone(label, touched));
    }

    @Override
    public void close() {
    }
}
