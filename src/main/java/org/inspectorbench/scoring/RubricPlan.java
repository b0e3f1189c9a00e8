package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.MeasureTier;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.rubric.Tier;
import org.inspectorbench.rubric.Verdict;
import org.inspectorbench.rubric.Veto;

import java.math.BigDecimal;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A rubric prepared once for fast scoring: items in layout order, rules by id, tiers parsed,
 * verdict marks by part. Refuses a rubric the engine cannot score (the rubric loader reports such
 * problems to the user first; this is the engine's own guard).
 */
final class RubricPlan {

    final Rubric rubric;
    final RubricIndex index;
    final List<Part> parts;
    /** Items of each part, in rubric order. */
    final List<List<ItemPlan>> partItems;
    final Map<String, ItemPlan> items;
    final int itemCount;
    final Map<String, Veto> vetoes;
    /** Pass mark per part name (null value: judged by vetoes only). */
    final Map<String, BigDecimal> passMarks;
    /** Names of the parts with a verdict of their own: a pass mark or vetoes aimed at them. */
    final Set<String> judgedParts;
    /** Every tag the rubric's applicability rules mention. */
    final Set<String> knownTags;

    RubricPlan(Rubric rubric) {
        List<String> problems = new ArrayList<>();
        this.rubric = rubric;
        this.index = RubricIndex.of(rubric);
        this.parts = rubric.parts() == null ? List.of() : List.copyOf(rubric.parts());
        List<List<ItemPlan>> perPart = new ArrayList<>();
        Map<String, ItemPlan> byPath = new LinkedHashMap<>();
        Set<String> tags = new LinkedHashSet<>();
        int global = 0;
        for (int p = 0; p < parts.size(); p++) {
            Part part = parts.get(p);
            List<ItemPlan> list = new ArrayList<>();
            for (Section section : nonNull(part.sections())) {
                for (Item item : nonNull(section.items())) {
                    String path = RubricIndex.pathOf(part, section, item);
                    if (item.points() == null) {
                        problems.add(path + ": 缺少分值 points");
                        continue;
                    }
                    if (item.applicability() != null) {
                        tags.addAll(item.applicability().mentionedTags());
                    }
                    for (Rule r : nonNull(item.rules())) {
                        if (r.applicability() != null) {
                            tags.addAll(r.applicability().mentionedTags());
                        }
                    }
                    ItemPlan plan = planItem(path, part, p, list.size(), global++, item, problems);
                    list.add(plan);
                    byPath.put(path, plan);
                }
            }
            perPart.add(List.copyOf(list));
        }
        this.partItems = List.copyOf(perPart);
        this.items = Collections.unmodifiableMap(byPath);
        this.itemCount = global;
        Map<String, Veto> vetoMap = new LinkedHashMap<>();
        Set<String> judged = new LinkedHashSet<>();
        for (Veto veto : nonNull(rubric.vetoes())) {
            vetoMap.put(RubricIndex.vetoPath(veto), veto);
            judged.add(veto.target());
            if (veto.applicability() != null) {
                tags.addAll(veto.applicability().mentionedTags());
            }
        }
        this.vetoes = Collections.unmodifiableMap(vetoMap);
        Map<String, BigDecimal> marks = new HashMap<>();
        for (Verdict verdict : nonNull(rubric.verdicts())) {
            marks.put(verdict.part(), verdict.passMin());
            judged.add(verdict.part());
        }
        this.passMarks = Collections.unmodifiableMap(marks);
        this.judgedParts = Collections.unmodifiableSet(judged);
        this.knownTags = Collections.unmodifiableSet(tags);
        for (Tier tier : nonNull(rubric.tiers())) {
            if (tier.performancePercent() == null) {
                problems.add("tiers/" + tier.name() + ": 缺少绩效 performancePercent");
            }
        }
        if (nonNull(rubric.tiers()).isEmpty()) {
            problems.add("tiers: 没有等次");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("评分规则无法计分 the rubric cannot be scored: " + String.join("; ", problems));
        }
    }

    private static ItemPlan planItem(String path, Part part, int partIndex, int indexInPart, int global,
                                     Item item, List<String> problems) {
        List<Rule> rules = List.copyOf(nonNull(item.rules()));
        Map<String, RulePlan> plans = new HashMap<>();
        for (int r = 0; r < rules.size(); r++) {
            Rule rule = rules.get(r);
            String where = path + " 细则" + rule.id();
            plans.put(rule.id(), planRule(rule, r, where, problems));
        }
        return new ItemPlan(path, part, partIndex, indexInPart, global, item, rules, Collections.unmodifiableMap(plans));
    }

    private static RulePlan planRule(Rule rule, int index, String where, List<String> problems) {
        if (rule.kind() == null) {
            problems.add(where + ": 缺少 kind");
            return new RulePlan(rule, index, List.of());
        }
        if (rule.kind() != Rule.Kind.MEASURE) {
            if (rule.points() == null) {
                problems.add(where + ": 缺少 points");
            }
            return new RulePlan(rule, index, List.of());
        }
        if (rule.measure() == null || rule.measure().type() == null || nonNull(rule.measure().tiers()).isEmpty()) {
            problems.add(where + ": 测量细则缺少 measure 或档次 tiers");
            return new RulePlan(rule, index, List.of());
        }
        boolean date = rule.measure().type() == org.inspectorbench.rubric.Measure.Type.DATE;
        List<RulePlan.TierPlan> tiers = new ArrayList<>();
        for (MeasureTier tier : rule.measure().tiers()) {
            Period within = period(tier.within(), where, problems);
            Period olderThan = period(tier.olderThan(), where, problems);
            boolean hasPeriod = within != null || olderThan != null;
            boolean hasBound = tier.below() != null || tier.atMost() != null || tier.above() != null || tier.atLeast() != null;
            if (date != hasPeriod || hasBound == date || tier.points() == null) {
                problems.add(where + ": 档次 " + tier.label() + " 的条件与测量类型 " + rule.measure().type() + " 不符或缺少 points");
            }
            tiers.add(new RulePlan.TierPlan(tier, within, olderThan, tier.label() == null ? "第" + (tiers.size() + 1) + "档" : tier.label()));
        }
        return new RulePlan(rule, index, List.copyOf(tiers));
    }

    private static Period period(String iso, String where, List<String> problems) {
        if (iso == null) {
            return null;
        }
        try {
            return Period.parse(iso);
        } catch (DateTimeParseException e) {
            problems.add(where + ": 期间 \"" + iso + "\" 不是 ISO-8601 期间 (如 P14D, P3M)");
            return null;
        }
    }

    static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }

    /** Item paths of the parts of one scope, for "closest name" suggestions. */
    List<String> itemPathsOfScope(Part.Scope scope) {
        List<String> paths = new ArrayList<>();
        for (ItemPlan plan : items.values()) {
            if (plan.part.scope() == scope) {
                paths.add(plan.path);
            }
        }
        return paths;
    }

    /** Veto paths aimed at parts of one scope. */
    List<String> vetoPathsOfScope(Part.Scope scope) {
        List<String> paths = new ArrayList<>();
        for (Map.Entry<String, Veto> e : vetoes.entrySet()) {
            Part target = index.part(e.getValue().target()).orElse(null);
            if (target != null && target.scope() == scope) {
                paths.add(e.getKey());
            }
        }
        return paths;
    }
}
