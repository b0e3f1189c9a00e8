package org.inspectorbench.scoring;

import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Veto;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random but valid findings for any rubric, for benchmarks and tests: an item of the place's scope
 * (chosen with the weight of how many items the scope has), one of its rules, and an input that fits
 * it (a count, a date before the 监测时间点, a fraction, a number, or asked/answered dates). Seeded,
 * so a benchmark can be rerun on the same data.
 */
public final class SyntheticFindings {

    private final Random random;
    private final LocalDate monitoringDate;
    private final List<RubricIndex.ItemRef> unitItems = new ArrayList<>();
    private final List<RubricIndex.ItemRef> siteItems = new ArrayList<>();
    private final List<RubricIndex.ItemRef> mediaItems = new ArrayList<>();
    private final List<Veto> vetoes;

    public SyntheticFindings(Rubric rubric, LocalDate monitoringDate, long seed) {
        this.random = new Random(seed);
        this.monitoringDate = monitoringDate;
        for (RubricIndex.ItemRef ref : RubricIndex.of(rubric).items()) {
            switch (ref.part().scope()) {
                case UNIT -> unitItems.add(ref);
                case WEBSITE -> siteItems.add(ref);
                case NEW_MEDIA -> mediaItems.add(ref);
            }
        }
        this.vetoes = rubric.vetoes() == null ? List.of() : rubric.vetoes();
    }

    /** A unit with {@code findings} findings spread over its places, ids "{unit}#{n}". */
    public UnitFindings unit(String name, String kind, List<String> tags, List<String> sites, int findings) {
        List<FindingInput> unit = new ArrayList<>();
        List<List<FindingInput>> perSite = new ArrayList<>();
        sites.forEach(s -> perSite.add(new ArrayList<>()));
        List<FindingInput> media = new ArrayList<>();
        for (int i = 0; i < findings; i++) {
            String id = name + "#" + i;
            Part.Scope scope = scope();
            FindingInput f = finding(id, scope);
            switch (scope) {
                case UNIT -> unit.add(f);
                case WEBSITE -> perSite.get(random.nextInt(sites.size())).add(f);
                case NEW_MEDIA -> media.add(f);
            }
        }
        List<WebsiteFindings> websites = new ArrayList<>();
        for (int s = 0; s < sites.size(); s++) {
            websites.add(new WebsiteFindings(sites.get(s), perSite.get(s), List.of()));
        }
        return new UnitFindings(name, kind, tags, unit, websites, new NewMediaFindings(media, List.of()));
    }

    /** A scope, weighted by how many items the rubric records there. */
    public Part.Scope scope() {
        int n = random.nextInt(unitItems.size() + siteItems.size() + mediaItems.size());
        if (n < unitItems.size()) {
            return Part.Scope.UNIT;
        }
        return n < unitItems.size() + siteItems.size() ? Part.Scope.WEBSITE : Part.Scope.NEW_MEDIA;
    }

    public FindingInput finding(String id, Part.Scope scope) {
        List<RubricIndex.ItemRef> items = switch (scope) {
            case UNIT -> unitItems;
            case WEBSITE -> siteItems;
            case NEW_MEDIA -> mediaItems;
        };
        RubricIndex.ItemRef ref = items.get(random.nextInt(items.size()));
        Item item = ref.item();
        Rule rule = item.rules().get(random.nextInt(item.rules().size()));
        if (rule.kind() != Rule.Kind.MEASURE) {
            return new FindingInput(id, ref.path(), rule.id(), 1 + random.nextInt(3), null, null, null, null);
        }
        return new FindingInput(id, ref.path(), rule.id(), null, value(rule), null, null, null);
    }

    /** A veto of the given part, or null when the rubric has none for it. */
    public VetoInput veto(String part) {
        List<Veto> of = vetoes.stream().filter(v -> part.equals(v.target()) && v.applicability() == null).toList();
        return of.isEmpty() ? null : new VetoInput(RubricIndex.vetoPath(of.get(random.nextInt(of.size()))), null, null);
    }

    private String value(Rule rule) {
        return switch (rule.measure().type()) {
            case DATE -> monitoringDate.minusDays(random.nextInt(240)).toString();
            case FRACTION -> Integer.toString(random.nextInt(101)) + "%";
            case NUMBER -> Integer.toString(random.nextInt(300_001));
            case WORKING_DAYS -> {
                LocalDate asked = monitoringDate.minusDays(20 + random.nextInt(60));
                yield random.nextInt(6) == 0 ? asked + "/" : asked + "/" + asked.plusDays(random.nextInt(12));
            }
        };
    }
}
