package org.inspectorbench.store;

import org.inspectorbench.rubric.Rubric;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.inspectorbench.store.CampaignSource.invalid;

/** Writes a loaded campaign into a new workspace, after checking that its parts fit together. */
final class CampaignSetup {

    private CampaignSetup() {
    }

    static void check(CampaignSource.Loaded loaded) {
        String origin = loaded.origin();
        Rubric rubric = loaded.rubric().parse();
        Set<String> kinds = new HashSet<>(rubric.unitKinds() == null ? List.of() : rubric.unitKinds());
        Set<String> units = new HashSet<>();
        if (loaded.units().units() == null || loaded.units().units().isEmpty()) {
            throw invalid(origin, "the units file " + loaded.campaign().units() + " lists no units");
        }
        for (UnitsFile.UnitEntry u : loaded.units().units()) {
            if (u.name() == null || u.name().isBlank() || !units.add(u.name())) {
                throw invalid(origin, "unit name missing or listed twice: " + u.name());
            }
            if (!kinds.isEmpty() && !kinds.contains(u.kind())) {
                throw invalid(origin, "unit " + u.name() + " has kind " + u.kind() + ", the rubric knows " + kinds);
            }
            for (String tag : u.tags() == null ? List.<String>of() : u.tags()) {
                if (!knownTags(rubric).contains(tag)) {
                    throw invalid(origin, "unit " + u.name() + " has tag “" + tag + "”, which the rubric does not use;"
                            + " it knows " + knownTags(rubric));
                }
            }
        }
        CampaignFile c = loaded.campaign();
        Map<String, CampaignFile.InspectorEntry> inspectors = inspectors(c).stream()
                .collect(Collectors.toMap(CampaignFile.InspectorEntry::id, Function.identity(), (a, b) -> {
                    throw invalid(origin, "inspector id listed twice: " + a.id());
                }));
        for (CampaignFile.AssignmentEntry a : c.assignments() == null ? List.<CampaignFile.AssignmentEntry>of()
                : c.assignments()) {
            if (!inspectors.containsKey(a.inspector())) {
                throw invalid(origin, "assignment names unknown inspector " + a.inspector());
            }
            for (String unit : a.units()) {
                if (!units.contains(unit)) {
                    throw invalid(origin, "inspector " + a.inspector() + " is assigned unknown unit " + unit);
                }
            }
        }
        Set<String> accounts = new HashSet<>();
        for (CampaignFile.AccountEntry a : accounts(c)) {
            if (!units.contains(a.unit())) {
                throw invalid(origin, "new-media account " + a.name() + " belongs to unknown unit " + a.unit());
            }
            if (!accounts.add(a.unit() + "\n" + a.name())) {
                throw invalid(origin, "new-media account " + a.name() + " of " + a.unit() + " is listed twice");
            }
        }
    }

    /** The unit tags the rubric's applicability refers to (scoring refuses any other). */
    static Set<String> knownTags(Rubric rubric) {
        Set<String> tags = new java.util.TreeSet<>();
        java.util.function.Consumer<org.inspectorbench.rubric.Applicability> add = a -> {
            if (a != null) {
                tags.addAll(a.mentionedTags());
            }
        };
        rubric.parts().forEach(p -> p.sections().forEach(s -> s.items().forEach(i -> {
            add.accept(i.applicability());
            i.rules().forEach(r -> add.accept(r.applicability()));
        })));
        if (rubric.vetoes() != null) {
            rubric.vetoes().forEach(v -> add.accept(v.applicability()));
        }
        return tags;
    }

    static void write(Action action, CampaignSource.Loaded loaded) throws SQLException {
        var c = action.c;
        CampaignFile campaign = loaded.campaign();
        Sql.update(c, "INSERT INTO campaign (id, name, rubric_json, rubric_sha256, monitoring_date, evidence_deadline,"
                        + " source_json, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                campaign.id(), campaign.name(), loaded.rubric().json(), loaded.rubric().sha256(),
                campaign.monitoringDate(), campaign.evidenceDeadline(), Jsons.write(campaign), action.at);
        int pos = 0;
        for (UnitsFile.UnitEntry u : loaded.units().units()) {
            Sql.update(c, "INSERT INTO unit (name, kind, tags_json, position) VALUES (?, ?, ?, ?)",
                    u.name(), u.kind(), CampaignRows.tagsJson(u.tags()), pos++);
            long unitId = CampaignRows.unitId(c, u.name()).orElseThrow();
            int sitePos = 0;
            for (UnitsFile.WebsiteEntry w : u.websites() == null ? List.<UnitsFile.WebsiteEntry>of() : u.websites()) {
                Sql.update(c, "INSERT INTO website (unit_id, name, url, position) VALUES (?, ?, ?, ?)",
                        unitId, w.name(), w.url(), sitePos++);
            }
        }
        boolean sample = campaign.newMedia() != null && campaign.newMedia().sample();
        int accountPos = 0;
        for (CampaignFile.AccountEntry a : accounts(campaign)) {
            long unitId = CampaignRows.unitId(c, a.unit()).orElseThrow();
            Sql.update(c, "INSERT INTO account (unit_id, name, platform, sample, position) VALUES (?, ?, ?, ?, ?)",
                    unitId, a.name(), a.platform(), sample, accountPos++);
        }
        for (CampaignFile.InspectorEntry i : inspectors(campaign)) {
            Sql.update(c, "INSERT INTO inspector (id, name) VALUES (?, ?)", i.id(), i.name());
        }
        for (CampaignFile.AssignmentEntry a : campaign.assignments() == null
                ? List.<CampaignFile.AssignmentEntry>of() : campaign.assignments()) {
            for (String unit : a.units()) {
                Sql.update(c, "INSERT INTO assignment (inspector_id, unit_id, revision) VALUES (?, ?, ?)",
                        a.inspector(), CampaignRows.unitId(c, unit).orElseThrow(), action.newRevision());
            }
        }
        action.log("campaign", campaign.id(), null, null, Jsons.write(Map.of("id", campaign.id(), "name",
                campaign.name(), "rubricSha256", loaded.rubric().sha256(), "from", loaded.origin())));
    }

    private static List<CampaignFile.InspectorEntry> inspectors(CampaignFile c) {
        return c.inspectors() == null ? List.of() : c.inspectors();
    }

    private static List<CampaignFile.AccountEntry> accounts(CampaignFile c) {
        return c.newMedia() == null || c.newMedia().accounts() == null ? List.of() : c.newMedia().accounts();
    }
}
