package org.inspectorbench.store;

import java.util.List;

/** The units file of docs/units-format.md: units (附件1) with their websites (附件2). */
public record UnitsFile(String source, List<UnitEntry> units) {

    public record UnitEntry(String name, String kind, List<String> tags, List<WebsiteEntry> websites) {
    }

    public record WebsiteEntry(String name, String url) {
    }
}
