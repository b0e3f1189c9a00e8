package org.inspectorbench.report.xlsx;

import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Veto;
import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.NewMediaFindings;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.scoring.VetoInput;
import org.inspectorbench.scoring.WebsiteFindings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded made-up findings for benchmarks and tests of the league table: every unit gets findings
 * on about a third of the counted and yes/no rules that apply to it, a few units a 单项否决, so that
 * the totals spread over all tiers. Not sample data: nothing here is a real inspection.
 */
public final class SyntheticFindings {

    /** A unit to make findings for. */
    public record UnitShape(String name, String kind, List<String> tags, List<String> websites) {
    }

    private SyntheticFindings() {
    }

    /** {@code n} units cycling through {@code base}; copies beyond the first get "-2", "-3" ... names. */
    public static List<UnitShape> replicate(List<UnitShape> base, int n) {
        List<UnitShape> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            UnitShape b = base.get(i % base.size());
            int copy = i / base.size();
            String suffix = copy == 0 ? "" : "-" + (copy + 1);
            out.add(new UnitShape(b.name() + suffix, b.kind(), b.tags(),
                    b.websites().stream().map(w -> w + suffix).toList()));
        }
        return out;
    }

    public static FindingsInput findings(Rubric rubric, List<UnitShape> units, LocalDate monitoringDate, long seed) {
        RubricIndex index = RubricIndex.of(rubric);
        SplittableRandom random = new SplittableRandom(seed);
        List<UnitFindings> out = new ArrayList<>(units.size());
        int id = 0;
        for (UnitShape u : units) {
            // A per-unit severity spreads totals: some units are clean, some lose many points.
            double rate = 0.05 + random.nextDouble() * 0.45;
            List<FindingInput> unitLevel = new ArrayList<>();
            List<List<FindingInput>> sites = new ArrayList<>();
            u.websites().forEach(w -> sites.add(new ArrayList<>()));
            List<FindingInput> media = new ArrayList<>();
            for (RubricIndex.ItemRef ref : index.items()) {
                if (ref.item().applicability() != null && !ref.item().applicability().appliesTo(u.kind(), u.tags())) {
                    continue;
                }
                for (Rule rule : ref.item().rules()) {
                    if (rule.kind() == Rule.Kind.MEASURE || rule.text().contains("市级部门")) {
                        continue;
                    }
                    boolean perSite = ref.part().scope() == Part.Scope.WEBSITE;
                    for (int s = 0; s < (perSite ? sites.size() : 1); s++) {
                        if (random.nextDouble() >= rate * (ref.part().bonus() ? 1.5 : 1)) {
                            continue;
                        }
                        int count = rule.kind() == Rule.Kind.COUNT ? 1 + random.nextInt(3) : 1;
                        FindingInput f = new FindingInput("syn-" + (++id), ref.path(), rule.id(), count, null,
                                random.nextInt(4) == 0 ? "样例备注 " + id : null, null, null);
                        if (perSite) {
                            sites.get(s).add(f);
                        } else if (ref.part().scope() == Part.Scope.NEW_MEDIA) {
                            media.add(f);
                        } else {
                            unitLevel.add(f);
                        }
                    }
                }
            }
            List<VetoInput> siteVetoes = new ArrayList<>();
            List<VetoInput> mediaVetoes = new ArrayList<>();
            if (random.nextInt(25) == 0 && rubric.vetoes() != null && !rubric.vetoes().isEmpty()) {
                Veto v = rubric.vetoes().get(random.nextInt(rubric.vetoes().size()));
                boolean applies = v.applicability() == null || v.applicability().appliesTo(u.kind(), u.tags());
                VetoInput vi = new VetoInput(RubricIndex.vetoPath(v), null, "样例单项否决");
                if (applies && index.part(v.target()).map(p -> p.scope() == Part.Scope.WEBSITE).orElse(false)) {
                    siteVetoes.add(vi);
                } else if (applies) {
                    mediaVetoes.add(vi);
                }
            }
            List<WebsiteFindings> websites = new ArrayList<>();
            for (int s = 0; s < u.websites().size(); s++) {
                websites.add(new WebsiteFindings(u.websites().get(s), sites.get(s), s == 0 ? siteVetoes : List.of()));
            }
            out.add(new UnitFindings(u.name(), u.kind(), u.tags(), unitLevel, websites,
                    new NewMediaFindings(media, mediaVetoes)));
        }
        return new FindingsInput(monitoringDate, out);
    }
}
