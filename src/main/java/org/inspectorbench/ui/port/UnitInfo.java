package org.inspectorbench.ui.port;

import java.util.List;

/** A unit under inspection with what its findings can concern: its websites and new-media accounts. */
public record UnitInfo(
        String name,
        String kind,
        List<String> tags,
        List<String> websites,
        List<AccountInfo> accounts,
        String assignee) {

    /** A new-media account (public institutions' accounts count under their department). */
    public record AccountInfo(String name, String platform) {
    }
}
