package org.inspectorbench.store;

import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.scoring.FindingInput;
import org.inspectorbench.scoring.FindingsInput;
import org.inspectorbench.scoring.NewMediaFindings;
import org.inspectorbench.scoring.UnitFindings;
import org.inspectorbench.scoring.VetoInput;
import org.inspectorbench.scoring.WebsiteFindings;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The workspace's live findings in the findings format of {@code inspector score} (the scoring
 * contract). Every unit of the campaign is listed, every website of a unit too (a website with no
 * findings scores full marks, and the unit's 政府网站 score is the average over ALL its websites).
 * Evidence is named {@code <sha256>.<ext>}: what {@code findings export --evidence-dir} writes.
 */
final class FindingsExport {

    private FindingsExport() {
    }

    static FindingsInput export(Connection c, RubricIndex rubric, Predicate<String> unitFilter) throws SQLException {
        Campaign campaign = CampaignRows.campaign(c);
        Map<String, List<Finding>> byUnit = new HashMap<>();
        for (Finding f : FindingRows.all(c, false)) {
            byUnit.computeIfAbsent(f.unit(), k -> new ArrayList<>()).add(f);
        }
        Map<String, List<String>> evidence = evidenceNames(c);
        List<UnitFindings> units = new ArrayList<>();
        for (Unit u : CampaignRows.units(c)) {
            if (!unitFilter.test(u.name())) {
                continue;
            }
            List<Finding> fs = byUnit.getOrDefault(u.name(), List.of());
            List<FindingInput> unitLevel = new ArrayList<>();
            Map<String, List<FindingInput>> siteFindings = new HashMap<>();
            Map<String, List<VetoInput>> siteVetoes = new HashMap<>();
            List<FindingInput> mediaFindings = new ArrayList<>();
            List<VetoInput> mediaVetoes = new ArrayList<>();
            for (Finding f : fs) {
                boolean media = f.account() != null || scopeOf(rubric, f) == Part.Scope.NEW_MEDIA;
                if (f.kind() == Finding.Kind.VETO) {
                    VetoInput v = new VetoInput(f.item(), f.rule(), f.note());
                    if (f.site() != null) {
                        siteVetoes.computeIfAbsent(f.site(), k -> new ArrayList<>()).add(v);
                    } else {
                        mediaVetoes.add(v);
                    }
                    continue;
                }
                FindingInput in = new FindingInput(f.id(), f.item(), f.rule(), f.count(), f.value(), f.note(),
                        f.account(), evidence.get(f.id()));
                if (f.site() != null) {
                    siteFindings.computeIfAbsent(f.site(), k -> new ArrayList<>()).add(in);
                } else if (media) {
                    mediaFindings.add(in);
                } else {
                    unitLevel.add(in);
                }
            }
            List<WebsiteFindings> sites = u.websites().stream().map(w -> new WebsiteFindings(w.name(),
                    siteFindings.getOrDefault(w.name(), List.of()), siteVetoes.getOrDefault(w.name(), List.of())))
                    .toList();
            units.add(new UnitFindings(u.name(), u.kind(), u.tags(), unitLevel, sites,
                    new NewMediaFindings(mediaFindings, mediaVetoes)));
        }
        return new FindingsInput(campaign.monitoringDate(), units);
    }

    static Part.Scope scopeOf(RubricIndex rubric, Finding f) {
        if (f.kind() == Finding.Kind.RULE) {
            return rubric.item(f.item()).map(ref -> ref.part().scope()).orElse(Part.Scope.UNIT);
        }
        return rubric.veto(f.item()).flatMap(v -> rubric.part(v.target())).map(Part::scope).orElse(Part.Scope.UNIT);
    }

    private static Map<String, List<String>> evidenceNames(Connection c) throws SQLException {
        Map<String, List<String>> names = new HashMap<>();
        for (String[] row : Sql.list(c, "SELECT l.finding_id, l.sha256, e.format FROM finding_evidence l"
                + " JOIN evidence e USING (sha256) WHERE l.deleted = 0 ORDER BY l.finding_id, l.position",
                rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)})) {
            names.computeIfAbsent(row[0], k -> new ArrayList<>()).add(fileName(row[1], row[2]));
        }
        return names;
    }

    static String fileName(String sha256, String format) {
        return sha256 + "." + extension(format);
    }

    static String extension(String format) {
        return switch (format.toUpperCase(Locale.ROOT)) {
            case "JPEG" -> "jpg";
            default -> format.toLowerCase(Locale.ROOT);
        };
    }
}
