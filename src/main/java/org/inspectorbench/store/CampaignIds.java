package org.inspectorbench.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The row ids of units, websites and accounts by name, and of the unit of findings, looked up once
 * per action: an import of 3,000 findings asked the database for the same few ids ~15,000 times.
 * Only ids that exist are remembered. Within one action (one transaction) an id found stays right:
 * units, websites and accounts are never renamed, and the only ones deleted (unused sample
 * accounts, by a lists import) are not looked up by that action.
 */
final class CampaignIds {

    private final Connection c;
    private final Map<String, Long> units = new HashMap<>();
    private final Map<String, Long> places = new HashMap<>();
    private final Map<String, Long> findingUnits = new HashMap<>();

    CampaignIds(Connection c) {
        this.c = c;
    }

    Optional<Long> unit(String name) throws SQLException {
        return remembered(units, name, () -> CampaignRows.unitId(c, name));
    }

    Optional<Long> website(long unitId, String name) throws SQLException {
        return remembered(places, "w" + unitId + "/" + name, () -> CampaignRows.websiteId(c, unitId, name));
    }

    Optional<Long> account(long unitId, String name) throws SQLException {
        return remembered(places, "a" + unitId + "/" + name, () -> CampaignRows.accountId(c, unitId, name));
    }

    @FunctionalInterface
    private interface Lookup {
        Optional<Long> id() throws SQLException;
    }

    private static Optional<Long> remembered(Map<String, Long> known, String key, Lookup lookup) throws SQLException {
        Long id = known.get(key);
        if (id == null) {
            id = lookup.id().orElse(null);
            if (id != null) {
                known.put(key, id);
            }
        }
        return Optional.ofNullable(id);
    }

    /** The unit id of a stored finding, as last written in this action or read from the database. */
    long unitOfFinding(String findingId) throws SQLException {
        Long id = findingUnits.get(findingId);
        if (id == null) {
            id = FindingRows.unitIdOf(c, findingId);
            findingUnits.put(findingId, id);
        }
        return id;
    }

    /** Called when a finding row is written with this unit. */
    void findingWritten(String findingId, long unitId) {
        findingUnits.put(findingId, unitId);
    }
}
