package org.inspectorbench.store;

import java.util.List;

/**
 * Units, websites and new-media accounts as read from the lists workbook (sheets 单位, 网站,
 * 政务新媒体): what {@link Workspace#importLists} adds or updates.
 */
public record UnitLists(List<UnitRow> units, List<WebsiteRow> websites, List<AccountRow> accounts) {

    /** {@code where} says which sheet and row a record came from, for messages. */
    public record UnitRow(String name, String kind, List<String> tags, String where) {
    }

    public record WebsiteRow(String name, String unit, String url, String where) {
    }

    public record AccountRow(String name, String platform, String unit, String where) {
    }

    /** What an import changed. */
    public record Result(int unitsAdded, int unitsUpdated, int websitesAdded, int websitesUpdated,
                         int accountsAdded, int accountsUpdated, int sampleAccountsRemoved) {
    }
}
