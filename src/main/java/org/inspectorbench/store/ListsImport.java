package org.inspectorbench.store;

import org.inspectorbench.rubric.RubricIndex;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds or updates units, websites and accounts from {@link UnitLists}, all or nothing: every
 * row is checked first (unit kinds the rubric knows, owning units that exist), then all is
 * written in one action. Nothing is deleted, except that real accounts replace the sample list:
 * sample accounts no finding refers to are removed once an accounts sheet is imported.
 */
final class ListsImport {

    private ListsImport() {
    }

    static void check(Path file, UnitLists lists, Workspace.Catalog catalog) {
        List<String> problems = new ArrayList<>();
        Set<String> kinds = new HashSet<>(catalog.rubric().unitKinds());
        Set<String> units = new HashSet<>(catalog.units().keySet());
        Set<String> seen = new HashSet<>();
        for (UnitLists.UnitRow u : lists.units()) {
            if (!kinds.contains(u.kind())) {
                problems.add(ListsWorkbook.place(u.where(), 1) + ": 类型 “" + u.kind() + "” 不是评分细则中的单位类型 "
                        + "(is not a unit kind of the rubric: " + catalog.rubric().unitKinds() + ")");
            }
            for (String tag : u.tags()) {
                if (!CampaignSetup.knownTags(catalog.rubric()).contains(tag)) {
                    problems.add(ListsWorkbook.place(u.where(), 2) + ": 标签 “" + tag + "” 评分细则中没有 (is not a tag the "
                            + "rubric uses: " + CampaignSetup.knownTags(catalog.rubric()) + ")");
                }
            }
            if (!seen.add(u.name())) {
                problems.add(ListsWorkbook.place(u.where(), 0) + ": 单位 “" + u.name() + "” 重复 (is listed twice)");
            }
            units.add(u.name());
        }
        Set<String> sites = new HashSet<>();
        for (UnitLists.WebsiteRow w : lists.websites()) {
            if (!units.contains(w.unit())) {
                problems.add(ListsWorkbook.place(w.where(), 1) + ": 没有单位 (no unit) “" + w.unit() + "”"
                        + suggest(w.unit(), units));
            }
            if (!sites.add(w.unit() + "\n" + w.name())) {
                problems.add(ListsWorkbook.place(w.where(), 0) + ": 网站 “" + w.name() + "” 重复 (is listed twice)");
            }
        }
        Set<String> accounts = new HashSet<>();
        for (UnitLists.AccountRow a : lists.accounts()) {
            if (!units.contains(a.unit())) {
                problems.add(ListsWorkbook.place(a.where(), 2) + ": 没有单位 (no unit) “" + a.unit() + "”"
                        + suggest(a.unit(), units));
            }
            if (!accounts.add(a.unit() + "\n" + a.name())) {
                problems.add(ListsWorkbook.place(a.where(), 0) + ": 账号 “" + a.name() + "” 在 " + a.unit()
                        + " 中重复 (is listed twice for the unit)");
            }
        }
        if (!problems.isEmpty()) {
            throw ListsWorkbook.problems(file, problems);
        }
    }

    static UnitLists.Result apply(Action a, UnitLists lists) throws SQLException {
        var c = a.c;
        int[] n = new int[7];
        int position = (int) Sql.count(c, "SELECT coalesce(max(position), -1) + 1 FROM unit");
        for (UnitLists.UnitRow u : lists.units()) {
            String tags = CampaignRows.tagsJson(u.tags());
            var id = CampaignRows.unitId(c, u.name());
            if (id.isPresent()) {
                if (Sql.update(c, "UPDATE unit SET kind = ?, tags_json = ? WHERE id = ? AND (kind <> ? OR tags_json <> ?)",
                        u.kind(), tags, id.get(), u.kind(), tags) > 0) {
                    n[1]++;
                    log(a, "unit", u.name(), id.get(), u);
                }
            } else {
                Sql.update(c, "INSERT INTO unit (name, kind, tags_json, position) VALUES (?, ?, ?, ?)",
                        u.name(), u.kind(), tags, position++);
                n[0]++;
                log(a, "unit", u.name(), CampaignRows.unitId(c, u.name()).orElseThrow(), u);
            }
        }
        for (UnitLists.WebsiteRow w : lists.websites()) {
            long unitId = CampaignRows.unitId(c, w.unit()).orElseThrow();
            var id = CampaignRows.websiteId(c, unitId, w.name());
            if (id.isPresent()) {
                if (Sql.update(c, "UPDATE website SET url = ? WHERE id = ? AND url IS NOT ?", w.url(), id.get(), w.url()) > 0) {
                    n[3]++;
                    log(a, "website", w.unit() + "/" + w.name(), unitId, w);
                }
            } else {
                Sql.update(c, "INSERT INTO website (unit_id, name, url, position) VALUES (?, ?, ?,"
                        + " (SELECT count(*) FROM website WHERE unit_id = ?))", unitId, w.name(), w.url(), unitId);
                n[2]++;
                log(a, "website", w.unit() + "/" + w.name(), unitId, w);
            }
        }
        Map<Long, Integer> accountPos = new HashMap<>();
        for (UnitLists.AccountRow r : lists.accounts()) {
            long unitId = CampaignRows.unitId(c, r.unit()).orElseThrow();
            var id = CampaignRows.accountId(c, unitId, r.name());
            if (id.isPresent()) {
                if (Sql.update(c, "UPDATE account SET platform = ?, sample = 0 WHERE id = ? AND (platform IS NOT ? OR sample = 1)",
                        r.platform(), id.get(), r.platform()) > 0) {
                    n[5]++;
                    log(a, "account", r.unit() + "/" + r.name(), unitId, r);
                }
            } else {
                int pos = accountPos.merge(unitId, 1, Integer::sum)
                        + (int) Sql.count(c, "SELECT count(*) FROM account WHERE unit_id = ?", unitId);
                Sql.update(c, "INSERT INTO account (unit_id, name, platform, sample, position) VALUES (?, ?, ?, 0, ?)",
                        unitId, r.name(), r.platform(), pos);
                n[4]++;
                log(a, "account", r.unit() + "/" + r.name(), unitId, r);
            }
        }
        if (!lists.accounts().isEmpty()) {
            n[6] = Sql.update(c, "DELETE FROM account WHERE sample = 1"
                    + " AND id NOT IN (SELECT account_id FROM finding WHERE account_id IS NOT NULL)"
                    + " AND id NOT IN (SELECT account_id FROM sampling_draw WHERE account_id IS NOT NULL)");
            if (n[6] > 0) {
                a.log("account", "sample", null, null, "{\"removedSampleAccounts\":" + n[6] + "}");
            }
        }
        return new UnitLists.Result(n[0], n[1], n[2], n[3], n[4], n[5], n[6]);
    }

    private static void log(Action a, String entity, String id, long unitId, Object row) throws SQLException {
        a.log(entity, id, unitId, null, Jsons.write(row));
    }

    private static String suggest(String name, Set<String> known) {
        return "; did you mean " + RubricIndex.closest(name, known, 2) + "?";
    }
}
