package org.inspectorbench.report;

import org.inspectorbench.calendar.CalendarFormatException;
import org.inspectorbench.calendar.CalendarLoader;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.InputProblem;
import org.inspectorbench.scoring.ScoreOutcome;
import org.inspectorbench.scoring.ScoringEngine;
import org.inspectorbench.scoring.UnitResult;
import org.inspectorbench.scoring.WorkingDayCounter;
import org.inspectorbench.store.Account;
import org.inspectorbench.store.Campaign;
import org.inspectorbench.store.EvidenceItem;
import org.inspectorbench.store.Finding;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.Unit;
import org.inspectorbench.store.Website;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.store.WorkspaceException;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads what scorecards show from an open workspace and scores it with the campaign's frozen
 * rubric and the bundled working-day calendar: the same findings and the same engine as the
 * workbench's live score, so the PDF says what the inspector saw. Used from one thread (the
 * workspace's connection is shared).
 */
public final class ScorecardSource {

    private final Workspace ws;
    private final ScoringEngine engine;
    private final Map<String, String> inspectorNames = new HashMap<>();

    public ScorecardSource(Workspace ws) throws ReportException {
        this(ws, bundledCalendar());
    }

    public ScorecardSource(Workspace ws, WorkingDayCounter calendar) throws ReportException {
        this.ws = ws;
        try {
            this.engine = new ScoringEngine(ws.rubric(), calendar);
        } catch (IllegalArgumentException e) {
            throw new ReportException(ReportException.Kind.CANNOT_SCORE,
                    "无法评分 the campaign's rubric cannot score: " + e.getMessage(), e);
        }
        for (Inspector i : ws.inspectors()) {
            inspectorNames.put(i.id(), i.name());
        }
    }

    private static WorkingDayCounter bundledCalendar() throws ReportException {
        try {
            return CalendarLoader.bundled();
        } catch (CalendarFormatException e) {
            throw new ReportException(ReportException.Kind.CANNOT_SCORE, e.getMessage(), e);
        }
    }

    public Workspace workspace() {
        return ws;
    }

    /** The campaign's units in the order of the campaign. */
    public List<String> unitNames() {
        return ws.units().stream().map(Unit::name).toList();
    }

    /** The unit named {@code name}, or a message naming the closest units. */
    public Unit unit(String name) throws ReportException {
        String wanted = name == null ? "" : name.strip();
        return ws.unit(wanted).orElseThrow(() -> new ReportException(ReportException.Kind.UNKNOWN_UNIT,
                "没有单位 \"" + wanted + "\" (no such unit in this workspace); 最接近的 closest: "
                        + String.join("、", closest(wanted, unitNames()))));
    }

    /** Names containing (or contained in) {@code name} first, then the nearest by edit distance. */
    static List<String> closest(String name, List<String> names) {
        Set<String> out = new LinkedHashSet<>();
        if (!name.isEmpty()) {
            for (String n : names) {
                if (n.contains(name) || name.contains(n)) {
                    out.add(n);
                }
            }
        }
        out.addAll(RubricIndex.closest(name, names, 3));
        return out.stream().limit(3).toList();
    }

    /** Scores one unit. */
    public UnitResult score(String unit) throws ReportException {
        return scoreInput(ws.toFindingsInput(unit(unit).name())).get(0);
    }

    /** Scores every unit of the campaign, in campaign order. */
    public List<UnitResult> scoreAll() throws ReportException {
        return scoreInput(ws.toFindingsInput());
    }

    private List<UnitResult> scoreInput(FindingsInput input) throws ReportException {
        ScoreOutcome outcome;
        try {
            outcome = engine.score(input);
        } catch (WorkingDayCounter.MissingCalendarYearException e) {
            throw new ReportException(ReportException.Kind.CANNOT_SCORE, e.getMessage(), e);
        }
        if (!outcome.ok()) {
            List<String> lines = new ArrayList<>();
            for (InputProblem p : outcome.problems()) {
                lines.add(p.describe());
            }
            throw new ReportException(ReportException.Kind.CANNOT_SCORE, "检查记录无法评分 the stored findings cannot be "
                    + "scored (fix them in the workbench):\n  " + String.join("\n  ", lines));
        }
        return outcome.units();
    }

    /** One unit's scorecard, scored now. */
    public Scorecard scorecard(String unit, EvidenceMode mode, ZonedDateTime generatedAt) throws ReportException {
        return scorecard(score(unit), mode, generatedAt);
    }

    /** The scorecard of an already scored unit: header data, veto notes and the evidence appendix. */
    public Scorecard scorecard(UnitResult result, EvidenceMode mode, ZonedDateTime generatedAt) throws ReportException {
        Unit unit = unit(result.unit());
        Campaign campaign = ws.campaign();
        List<Finding> findings = guard(() -> ws.findings(unit.name()));
        Map<String, Finding> byId = new HashMap<>();
        List<String> vetoNotes = new ArrayList<>();
        for (Finding f : findings) {
            byId.put(f.id(), f);
            if (f.kind() == Finding.Kind.VETO && f.note() != null && !f.note().isBlank()) {
                vetoNotes.add(f.item() + (f.site() == null ? "" : "（" + f.site() + "）") + "：" + f.note().strip());
            }
        }
        ScorecardHeader header = new ScorecardHeader(title(campaign.name()), campaign.name(), ws.rubric().title(),
                unit.name(), unit.kind(), campaign.monitoringDate(), inspectors(unit), generatedAt,
                unit.websites().stream().map(ScorecardSource::website).toList(),
                unit.accounts().stream().map(ScorecardSource::account).toList());
        List<EvidenceEntry> evidence = mode == EvidenceMode.NONE ? List.of() : evidence(unit.name(), byId, mode);
        return new Scorecard(header, ws.rubric(), result, vetoNotes, mode, evidence);
    }

    /** "绵阳市2022年政务公开工作检查考核" → "绵阳市2022年政务公开工作检查考核评分表". */
    static String title(String campaignName) {
        String name = campaignName == null ? "" : campaignName.strip();
        return name.endsWith("评分表") ? name : name + "评分表";
    }

    private List<String> inspectors(Unit unit) {
        List<String> names = new ArrayList<>();
        for (String id : unit.inspectors()) {
            names.add(inspectorNames.getOrDefault(id, id));
        }
        return names;
    }

    private static String website(Website w) {
        return w.url() == null || w.url().isBlank() ? w.name() : w.name() + "（" + w.url() + "）";
    }

    private static String account(Account a) {
        return a.platform() == null || a.platform().isBlank() ? a.name() : a.platform() + "：" + a.name();
    }

    private List<EvidenceEntry> evidence(String unit, Map<String, Finding> findings, EvidenceMode mode)
            throws ReportException {
        List<EvidenceItem> items = guard(() -> ws.evidence().ofUnit(unit));
        List<EvidenceEntry> out = new ArrayList<>(items.size());
        for (EvidenceItem item : items) {
            Finding f = findings.get(item.findingId());
            var meta = item.meta();
            byte[] bytes;
            boolean jpeg;
            int w;
            int h;
            if (mode == EvidenceMode.FULL) {
                bytes = guard(() -> ws.evidence().image(meta.sha256()));
                jpeg = "JPEG".equals(meta.format().toUpperCase(Locale.ROOT));
                w = meta.width();
                h = meta.height();
            } else {
                bytes = item.thumbnailJpeg();
                jpeg = true;
                w = item.thumbnailWidth();
                h = item.thumbnailHeight();
            }
            out.add(new EvidenceEntry(item.findingId(), f == null ? item.findingId() : describe(f),
                    f == null ? null : f.note(), meta.capturedAt(), meta.sourceUrl(), meta.sha256(), bytes, jpeg, w, h));
        }
        return out;
    }

    /** "政府网站/信息公开/动态要闻 细则1（网站：涪城区人民政府）". */
    static String describe(Finding f) {
        StringBuilder s = new StringBuilder();
        if (f.kind() == Finding.Kind.VETO) {
            s.append("单项否决 ").append(f.item());
            if (f.rule() != null) {
                s.append(" 情形").append(f.rule());
            }
        } else {
            s.append(f.item()).append(" 细则").append(f.rule());
        }
        if (f.site() != null) {
            s.append("（网站：").append(f.site()).append('）');
        } else if (f.account() != null) {
            s.append("（账号：").append(f.account()).append('）');
        }
        return s.toString();
    }

    private interface Read<T> {
        T get();
    }

    private static <T> T guard(Read<T> read) throws ReportException {
        try {
            return read.get();
        } catch (WorkspaceException e) {
            throw new ReportException(ReportException.Kind.CANNOT_SCORE, e.getMessage(), e);
        }
    }
}
