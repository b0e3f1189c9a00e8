package org.inspectorbench.rubric;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one place that knows how a rubric's items and vetoes are named: item paths are the
 * non-empty names of part, section and item joined by "/" ("政府网站/信息公开/动态要闻",
 * "日常工作/省市通报", "加分指标/创新发展"); veto paths are target/name ("政府网站/首页不更新").
 */
public final class RubricIndex {

    /** An item with the part and section it stands in. */
    public record ItemRef(Part part, Section section, Item item, String path) {

        public Optional<Rule> rule(String id) {
            return item.rules().stream().filter(r -> r.id().equals(id)).findFirst();
        }

        public List<String> ruleIds() {
            return item.rules().stream().map(Rule::id).toList();
        }
    }

    private final Rubric rubric;
    private final Map<String, ItemRef> items = new LinkedHashMap<>();
    private final Map<String, Veto> vetoes = new LinkedHashMap<>();
    private final Map<String, Part> parts = new LinkedHashMap<>();

    private RubricIndex(Rubric rubric) {
        this.rubric = rubric;
        for (Part part : rubric.parts()) {
            parts.put(part.name(), part);
            for (Section section : part.sections()) {
                for (Item item : section.items()) {
                    String path = pathOf(part, section, item);
                    items.put(path, new ItemRef(part, section, item, path));
                }
            }
        }
        if (rubric.vetoes() != null) {
            for (Veto veto : rubric.vetoes()) {
                vetoes.put(vetoPath(veto), veto);
            }
        }
    }

    public static RubricIndex of(Rubric rubric) {
        return new RubricIndex(rubric);
    }

    public static String pathOf(Part part, Section section, Item item) {
        List<String> names = new ArrayList<>(3);
        names.add(part.name());
        if (section.name() != null && !section.name().isBlank()) {
            names.add(section.name());
        }
        if (item.name() != null && !item.name().isBlank()) {
            names.add(item.name());
        }
        return String.join("/", names);
    }

    public static String vetoPath(Veto veto) {
        return veto.target() + "/" + veto.name();
    }

    public Rubric rubric() {
        return rubric;
    }

    public Optional<ItemRef> item(String path) {
        return Optional.ofNullable(items.get(path));
    }

    public Collection<ItemRef> items() {
        return Collections.unmodifiableCollection(items.values());
    }

    public Collection<String> itemPaths() {
        return Collections.unmodifiableSet(items.keySet());
    }

    public Optional<Veto> veto(String path) {
        return Optional.ofNullable(vetoes.get(path));
    }

    public Collection<Veto> vetoes() {
        return Collections.unmodifiableCollection(vetoes.values());
    }

    public Collection<String> vetoPaths() {
        return Collections.unmodifiableSet(vetoes.keySet());
    }

    public Optional<Part> part(String name) {
        return Optional.ofNullable(parts.get(name));
    }

    /** The {@code limit} candidates closest to {@code name} by edit distance, for "did you mean". */
    public static List<String> closest(String name, Collection<String> candidates, int limit) {
        return candidates.stream()
                .sorted(Comparator.comparingInt((String c) -> editDistance(name, c)).thenComparing(c -> c))
                .limit(limit)
                .collect(Collectors.toList());
    }

    static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
