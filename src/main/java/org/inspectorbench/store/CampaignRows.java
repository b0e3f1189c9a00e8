package org.inspectorbench.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import org.inspectorbench.json.Json;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** SQL of the campaign, its units, websites, accounts, inspectors and assignments. */
final class CampaignRows {

    private CampaignRows() {
    }

    static Campaign campaign(Connection c) throws SQLException {
        return Sql.one(c, "SELECT id, name, monitoring_date, evidence_deadline, rubric_sha256 FROM campaign",
                rs -> new Campaign(rs.getString(1), rs.getString(2), LocalDate.parse(rs.getString(3)),
                        rs.getString(4) == null ? null : LocalDate.parse(rs.getString(4)), rs.getString(5)))
                .orElseThrow(() -> new SQLException("the workspace has no campaign"));
    }

    static RubricText rubric(Connection c) throws SQLException {
        return Sql.one(c, "SELECT rubric_json, rubric_sha256 FROM campaign",
                rs -> new RubricText(rs.getString(1), rs.getString(2)))
                .orElseThrow(() -> new SQLException("the workspace has no campaign"));
    }

    static List<Unit> units(Connection c) throws SQLException {
        Map<Long, List<Website>> sites = new LinkedHashMap<>();
        for (Object[] row : Sql.list(c, "SELECT unit_id, name, url FROM website ORDER BY unit_id, position",
                rs -> new Object[] {rs.getLong(1), new Website(rs.getString(2), rs.getString(3))})) {
            sites.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Website) row[1]);
        }
        Map<Long, List<Account>> accounts = new LinkedHashMap<>();
        for (Object[] row : Sql.list(c, "SELECT unit_id, name, platform, sample FROM account ORDER BY unit_id, position",
                rs -> new Object[] {rs.getLong(1), new Account(rs.getString(2), rs.getString(3), rs.getInt(4) != 0)})) {
            accounts.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((Account) row[1]);
        }
        Map<Long, List<String>> inspectors = new LinkedHashMap<>();
        for (Object[] row : Sql.list(c, "SELECT unit_id, inspector_id FROM assignment WHERE deleted = 0"
                + " ORDER BY unit_id, inspector_id", rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
            inspectors.computeIfAbsent((Long) row[0], k -> new ArrayList<>()).add((String) row[1]);
        }
        return Sql.list(c, "SELECT id, name, kind, tags_json FROM unit ORDER BY position", rs -> {
            long id = rs.getLong(1);
            return new Unit(rs.getString(2), rs.getString(3), tags(rs.getString(4)),
                    List.copyOf(sites.getOrDefault(id, List.of())), List.copyOf(accounts.getOrDefault(id, List.of())),
                    List.copyOf(inspectors.getOrDefault(id, List.of())));
        });
    }

    static List<Inspector> inspectors(Connection c) throws SQLException {
        return Sql.list(c, "SELECT id, name FROM inspector ORDER BY rowid",
                rs -> new Inspector(rs.getString(1), rs.getString(2)));
    }

    static Optional<Long> unitId(Connection c, String name) throws SQLException {
        return Sql.one(c, "SELECT id FROM unit WHERE name = ?", rs -> rs.getLong(1), name);
    }

    static Optional<Long> websiteId(Connection c, long unitId, String name) throws SQLException {
        return Sql.one(c, "SELECT id FROM website WHERE unit_id = ? AND name = ?", rs -> rs.getLong(1), unitId, name);
    }

    static Optional<Long> accountId(Connection c, long unitId, String name) throws SQLException {
        return Sql.one(c, "SELECT id FROM account WHERE unit_id = ? AND name = ?", rs -> rs.getLong(1), unitId, name);
    }

    static List<String> tags(String json) {
        try {
            // A tree, not a bound List: the units list is read at every start, before anything needs the mapper.
            JsonNode list = Json.readTree(json);
            if (!list.isArray()) {
                throw new IllegalStateException("unit tags are not a JSON list: " + json);
            }
            List<String> tags = new ArrayList<>(list.size());
            for (JsonNode tag : list) {
                if (!tag.isTextual()) {
                    throw new IllegalStateException("unit tags are not a JSON list of texts: " + json);
                }
                tags.add(tag.textValue());
            }
            return List.copyOf(tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unit tags are not a JSON list: " + json, e);
        }
    }

    static String tagsJson(List<String> tags) {
        try {
            return Json.mapper().writeValueAsString(tags == null ? List.of() : tags);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
