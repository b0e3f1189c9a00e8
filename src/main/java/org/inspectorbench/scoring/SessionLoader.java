package org.inspectorbench.scoring;

import org.inspectorbench.rubric.RubricIndex;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Builds a unit session from a {@link UnitFindings}: checks the unit (name, kind, tags, websites),
 * then every finding and veto at its JSON path, and scores all items once.
 */
final class SessionLoader {

    private SessionLoader() {
    }

    /** Strict: null when anything is wrong (whole-input scoring). */
    static UnitScorer load(RubricPlan plan, FindingChecker checker, VetoChecker vetoChecker, UnitFindings unit,
                           LocalDate monitoringDate, String path, List<InputProblem> problems) {
        int before = problems.size();
        UnitScorer scorer = build(plan, checker, vetoChecker, unit, monitoringDate, path, problems);
        return scorer == null || problems.size() > before ? null : scorer;
    }

    /** Lenient: leaves out bad findings; null only when the unit itself is wrong. */
    static UnitScorer loadLenient(RubricPlan plan, FindingChecker checker, VetoChecker vetoChecker, UnitFindings unit,
                                  LocalDate monitoringDate, List<InputProblem> problems) {
        return build(plan, checker, vetoChecker, unit, monitoringDate, "", problems);
    }

    private static UnitScorer build(RubricPlan plan, FindingChecker checker, VetoChecker vetoChecker, UnitFindings unit,
                                    LocalDate monitoringDate, String path, List<InputProblem> problems) {
        int before = problems.size();
        if (unit == null) {
            problems.add(new InputProblem(path.isEmpty() ? "unit" : path, "空的单位 empty unit"));
            return null;
        }
        if (Points.blank(unit.unit())) {
            problems.add(new InputProblem(join(path, "unit"), "缺少单位名称 unit name is missing"));
        }
        List<String> kinds = RubricPlan.nonNull(plan.rubric.unitKinds());
        if (unit.kind() == null || (!kinds.isEmpty() && !kinds.contains(unit.kind()))) {
            problems.add(new InputProblem(join(path, "kind"), unit.kind() == null
                    ? "缺少单位类别 kind is missing; 可选: " + String.join(", ", kinds)
                    : "未知的单位类别 unknown unit kind \"" + unit.kind() + "\"",
                    unit.kind() == null ? List.of() : RubricIndex.closest(unit.kind(), kinds, 3)));
        }
        List<String> tags = RubricPlan.nonNull(unit.tags());
        for (int i = 0; i < tags.size(); i++) {
            if (!plan.knownTags.contains(tags.get(i))) {
                problems.add(new InputProblem(join(path, "tags[" + i + "]"), "评分规则不认识的单位标签 unknown tag \""
                        + tags.get(i) + "\"", RubricIndex.closest(String.valueOf(tags.get(i)), plan.knownTags, 3)));
            }
        }
        List<String> sites = sites(unit, path, problems);
        if (problems.size() > before) {
            return null;
        }
        UnitScorer scorer = new UnitScorer(plan, checker, vetoChecker, monitoringDate, unit.unit().trim(), unit.kind(),
                tags, sites, expectedFindings(unit));
        Loader loader = new Loader(checker, vetoChecker, scorer, unit, monitoringDate, problems);
        loader.findings(RubricPlan.nonNull(unit.findings()), FindingPlace.unit(), join(path, "findings"));
        List<WebsiteFindings> websites = RubricPlan.nonNull(unit.websites());
        for (int w = 0; w < websites.size(); w++) {
            FindingPlace place = FindingPlace.website(sites.get(w));
            String sitePath = join(path, "websites[" + w + "]");
            loader.findings(RubricPlan.nonNull(websites.get(w).findings()), place, sitePath + ".findings");
            loader.vetoes(RubricPlan.nonNull(websites.get(w).vetoes()), place, sitePath + ".vetoes");
        }
        if (unit.newMedia() != null) {
            loader.findings(RubricPlan.nonNull(unit.newMedia().findings()), FindingPlace.newMedia(),
                    join(path, "newMedia.findings"));
            loader.vetoes(RubricPlan.nonNull(unit.newMedia().vetoes()), FindingPlace.newMedia(),
                    join(path, "newMedia.vetoes"));
        }
        scorer.scoreAll();
        return scorer;
    }

    /** The unit's website names; "websites omitted means one website with no findings", named after the unit. */
    private static List<String> sites(UnitFindings unit, String path, List<InputProblem> problems) {
        List<WebsiteFindings> websites = RubricPlan.nonNull(unit.websites());
        if (websites.isEmpty()) {
            return List.of(unit.unit() == null ? "" : unit.unit().trim());
        }
        List<String> names = new ArrayList<>(websites.size());
        Set<String> seen = new HashSet<>();
        for (int w = 0; w < websites.size(); w++) {
            WebsiteFindings site = websites.get(w);
            String sitePath = join(path, "websites[" + w + "]");
            if (site == null) {
                problems.add(new InputProblem(sitePath, "空的网站 empty website"));
                continue;
            }
            String name = site.site() == null ? "" : site.site().trim();
            if (name.isEmpty()) {
                if (websites.size() > 1) {
                    problems.add(new InputProblem(sitePath + ".site", "单位有多个网站时每个网站都要有名称 site name is missing"));
                    continue;
                }
                name = unit.unit() == null ? "" : unit.unit().trim();
            }
            if (!seen.add(name)) {
                problems.add(new InputProblem(sitePath + ".site", "网站 \"" + name + "\" 重复出现 duplicate site"));
            }
            names.add(name);
        }
        return names;
    }

    private static int expectedFindings(UnitFindings unit) {
        int n = RubricPlan.nonNull(unit.findings()).size();
        for (WebsiteFindings w : RubricPlan.nonNull(unit.websites())) {
            n += w == null ? 0 : RubricPlan.nonNull(w.findings()).size();
        }
        return n + (unit.newMedia() == null ? 0 : RubricPlan.nonNull(unit.newMedia().findings()).size());
    }

    static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private record Loader(FindingChecker checker, VetoChecker vetoChecker, UnitScorer scorer, UnitFindings unit,
                          LocalDate monitoringDate, List<InputProblem> problems) {

        void findings(List<FindingInput> findings, FindingPlace place, String path) {
            for (int i = 0; i < findings.size(); i++) {
                JsonPath at = JsonPath.element(path, i);
                FindingInput f = findings.get(i);
                String key = f != null && !Points.blank(f.id()) ? f.id() : "#" + at;
                if (scorer.hasKey(key)) {
                    problems.add(new InputProblem(at + ".id", "记录 id \"" + key + "\" 重复出现 duplicate finding id"));
                    continue;
                }
                ScoredFinding scored = checker.check(key, f, place, scorer.kind(), scorer.tags(), monitoringDate, at,
                        problems);
                if (scored != null) {
                    scorer.load(scored);
                }
            }
        }

        void vetoes(List<VetoInput> vetoes, FindingPlace place, String path) {
            for (int i = 0; i < vetoes.size(); i++) {
                VetoInput v = vetoes.get(i);
                if (vetoChecker.check(v, place, unit.kind(), RubricPlan.nonNull(unit.tags()), path + "[" + i + "]", problems)) {
                    scorer.loadVeto(place, v);
                }
            }
        }
    }
}
