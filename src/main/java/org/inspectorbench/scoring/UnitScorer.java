package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Applicability;
import org.inspectorbench.rubric.Part;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A live scoring session for one unit: keeps every item's result, and on an edit re-scores only the
 * item (of the one website) the finding belongs to, then re-aggregates the parts, verdicts, gate and
 * tier. Findings are identified by their id. Not thread-safe: one session per unit, driven from one
 * thread (the UI's model thread or a store transaction).
 */
public final class UnitScorer {

    private static final JsonPath FINDING = JsonPath.of("finding");

    private final RubricPlan plan;
    private final FindingChecker checker;
    private final VetoChecker vetoChecker;
    private final LocalDate monitoringDate;
    private final String unit;
    private final String kind;
    private final List<String> tags;
    private final List<String> sites;
    private final Map<String, Integer> siteIndex = new HashMap<>();
    private final boolean[] applicable;
    private final String[] reasons;
    private final int[] partOffset;
    /** Per slot, its findings by sequence: the order they were first recorded, kept across updates. */
    private final TreeMap<Integer, ScoredFinding>[] slotFindings;
    private final Map<String, Integer> sequence;
    private int nextSequence;
    private final ItemResult[] items;
    private final BigDecimal[][] sums;
    private final Map<String, ScoredFinding> byKey;
    private final Map<FindingPlace, LinkedHashMap<String, VetoInput>> vetoes = new HashMap<>();
    private UnitResult result;

    @SuppressWarnings("unchecked")
    UnitScorer(RubricPlan plan, FindingChecker checker, VetoChecker vetoChecker, LocalDate monitoringDate,
               String unit, String kind, List<String> tags, List<String> sites, int expectedFindings) {
        this.byKey = new HashMap<>(expectedFindings * 2 + 16);
        this.sequence = new HashMap<>(expectedFindings * 2 + 16);
        this.plan = plan;
        this.checker = checker;
        this.vetoChecker = vetoChecker;
        this.monitoringDate = monitoringDate;
        this.unit = unit;
        this.kind = kind;
        this.tags = List.copyOf(tags);
        this.sites = List.copyOf(sites);
        for (int i = 0; i < sites.size(); i++) {
            siteIndex.put(sites.get(i), i);
        }
        applicable = new boolean[plan.itemCount];
        reasons = new String[plan.itemCount];
        for (List<ItemPlan> partItems : plan.partItems) {
            for (ItemPlan item : partItems) {
                Applicability a = item.item.applicability();
                applicable[item.globalIndex] = a == null || a.appliesTo(kind, this.tags);
                reasons[item.globalIndex] = a == null ? null : a.reason();
            }
        }
        partOffset = new int[plan.parts.size()];
        sums = new BigDecimal[plan.parts.size()][];
        int slots = 0;
        for (int p = 0; p < plan.parts.size(); p++) {
            partOffset[p] = slots;
            int copies = copies(plan.parts.get(p));
            slots += copies * plan.partItems.get(p).size();
            sums[p] = new BigDecimal[copies];
            java.util.Arrays.fill(sums[p], BigDecimal.ZERO);
        }
        slotFindings = new TreeMap[slots];
        items = new ItemResult[slots];
    }

    /** Scores every item once; called after the initial findings are in. */
    void scoreAll() {
        for (int p = 0; p < plan.parts.size(); p++) {
            List<ItemPlan> partItems = plan.partItems.get(p);
            for (int copy = 0; copy < sums[p].length; copy++) {
                for (ItemPlan item : partItems) {
                    rescore(item, copy);
                }
            }
        }
        result = aggregate();
    }

    public UnitResult result() {
        return result;
    }

    public String unit() {
        return unit;
    }

    public List<String> sites() {
        return sites;
    }

    /**
     * Adds a finding, or replaces the one with the same id (which may have been on another item or
     * website). A finding that does not pass the checks is refused and nothing changes.
     */
    public EditOutcome put(FindingPlace place, FindingInput finding) {
        List<InputProblem> problems = new ArrayList<>(1);
        ScoredFinding scored = checkForEdit(place, finding, problems);
        if (scored == null) {
            return new EditOutcome(problems, result, ScoreDiff.none(result));
        }
        UnitResult before = result;
        ScoredFinding old = byKey.get(scored.key());
        if (old != null) {
            detach(old, true);
        }
        attach(scored);
        int oldSlot = old == null ? -1 : slot(old);
        if (oldSlot >= 0 && oldSlot != slot(scored)) {
            rescore(old.plan(), copy(old.place()));
        }
        rescore(scored.plan(), copy(scored.place()));
        return edited(before);
    }

    /** Removes the finding with this id; an unknown id is refused. */
    public EditOutcome remove(String findingId) {
        ScoredFinding old = findingId == null ? null : byKey.get(findingId);
        if (old == null) {
            return new EditOutcome(List.of(new InputProblem("finding.id", "没有 id 为 \"" + findingId + "\" 的记录")),
                    result, ScoreDiff.none(result));
        }
        UnitResult before = result;
        detach(old, false);
        rescore(old.plan(), copy(old.place()));
        return edited(before);
    }

    /** Records a 单项否决 as holding at {@code place} (replacing an earlier record of the same veto). */
    public EditOutcome putVeto(FindingPlace place, VetoInput veto) {
        List<InputProblem> problems = new ArrayList<>(1);
        if (!knownPlace(place, "veto", problems)
                || !vetoChecker.check(veto, place, kind, tags, "veto", problems)) {
            return new EditOutcome(problems, result, ScoreDiff.none(result));
        }
        UnitResult before = result;
        vetoes.computeIfAbsent(place, p -> new LinkedHashMap<>()).put(veto.veto(), veto);
        return edited(before);
    }

    /** Withdraws a veto recorded at {@code place}; an unrecorded one is refused. */
    public EditOutcome removeVeto(FindingPlace place, String vetoPath) {
        Map<String, VetoInput> atPlace = vetoes.get(place);
        if (atPlace == null || atPlace.remove(vetoPath) == null) {
            return new EditOutcome(List.of(new InputProblem("veto.veto", "此处没有记录单项否决 \"" + vetoPath + "\"")),
                    result, ScoreDiff.none(result));
        }
        UnitResult before = result;
        return edited(before);
    }

    // --- used while opening a session -------------------------------------------------------------

    /** Adds a checked finding without re-scoring (the caller scores all once at the end). */
    void load(ScoredFinding finding) {
        attach(finding);
    }

    void loadVeto(FindingPlace place, VetoInput veto) {
        vetoes.computeIfAbsent(place, p -> new LinkedHashMap<>()).put(veto.veto(), veto);
    }

    boolean hasKey(String key) {
        return byKey.containsKey(key);
    }

    String kind() {
        return kind;
    }

    List<String> tags() {
        return tags;
    }

    // --- internals ------------------------------------------------------------------------------------

    private ScoredFinding checkForEdit(FindingPlace place, FindingInput finding, List<InputProblem> problems) {
        if (finding == null || Points.blank(finding.id())) {
            problems.add(new InputProblem("finding.id", "实时编辑的记录需要 id (a live edit needs the finding's id)"));
            return null;
        }
        if (!knownPlace(place, "finding", problems)) {
            return null;
        }
        return checker.check(finding.id(), finding, place, kind, tags, monitoringDate, FINDING, problems);
    }

    private boolean knownPlace(FindingPlace place, String path, List<InputProblem> problems) {
        if (place == null) {
            problems.add(new InputProblem(path, "缺少记录位置 (unit, website or newMedia)"));
            return false;
        }
        if (place.scope() == Part.Scope.WEBSITE && !siteIndex.containsKey(place.site())) {
            problems.add(new InputProblem(path + ".site", "单位 \"" + unit + "\" 没有网站 \"" + place.site() + "\"",
                    org.inspectorbench.rubric.RubricIndex.closest(place.site(), sites, 3)));
            return false;
        }
        return true;
    }

    private EditOutcome edited(UnitResult before) {
        result = aggregate();
        return new EditOutcome(List.of(), result, ScoreDiff.between(before, result));
    }

    private void attach(ScoredFinding f) {
        byKey.put(f.key(), f);
        int slot = slot(f);
        TreeMap<Integer, ScoredFinding> list = slotFindings[slot];
        if (list == null) {
            list = new TreeMap<>();
            slotFindings[slot] = list;
        }
        Integer seq = sequence.get(f.key());
        if (seq == null) {
            seq = nextSequence++;
            sequence.put(f.key(), seq);
        }
        list.put(seq, f);
    }

    /** An updated finding keeps its sequence, so it keeps its place in the explanation. */
    private void detach(ScoredFinding f, boolean updating) {
        byKey.remove(f.key());
        slotFindings[slot(f)].remove(sequence.get(f.key()));
        if (!updating) {
            sequence.remove(f.key());
        }
    }

    private void rescore(ItemPlan item, int copy) {
        int slot = slot(item, copy);
        TreeMap<Integer, ScoredFinding> found = slotFindings[slot];
        Collection<ScoredFinding> list = found == null ? List.of() : found.values();
        ItemResult fresh = ItemScorer.score(item, sites(item, copy), applicable[item.globalIndex],
                reasons[item.globalIndex], list);
        ItemResult old = items[slot];
        BigDecimal[] partSums = sums[item.partIndex];
        partSums[copy] = partSums[copy].add(fresh.score());
        if (old != null) {
            partSums[copy] = partSums[copy].subtract(old.score());
        }
        items[slot] = fresh;
    }

    private String sites(ItemPlan item, int copy) {
        return item.part.scope() == Part.Scope.WEBSITE ? sites.get(copy) : null;
    }

    private UnitResult aggregate() {
        return UnitAggregator.aggregate(plan, new UnitAggregator.State(unit, kind, sites, sums, vetoes, items));
    }

    private int copy(FindingPlace place) {
        return place.scope() == Part.Scope.WEBSITE ? siteIndex.get(place.site()) : 0;
    }

    private int slot(ScoredFinding f) {
        return slot(f.plan(), copy(f.place()));
    }

    private int slot(ItemPlan item, int copy) {
        return partOffset[item.partIndex] + copy * plan.partItems.get(item.partIndex).size() + item.indexInPart;
    }

    private int copies(Part part) {
        return part.scope() == Part.Scope.WEBSITE ? sites.size() : 1;
    }
}
