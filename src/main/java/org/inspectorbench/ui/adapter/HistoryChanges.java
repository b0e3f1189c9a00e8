package org.inspectorbench.ui.adapter;

import org.inspectorbench.json.Json;
import org.inspectorbench.store.Finding;
import org.inspectorbench.ui.port.HistoryEntry;

import java.util.Objects;

/** Reads what a finding's history entry changed from its before and after states (JSON in the log). */
final class HistoryChanges {

    private HistoryChanges() {
    }

    /** The change of a finding entry; null for other entities or states that do not read. */
    static HistoryEntry.Change of(org.inspectorbench.store.HistoryEntry h) {
        if (!"finding".equals(h.entity())) {
            return null;
        }
        Finding before = read(h.beforeJson());
        Finding after = read(h.afterJson());
        Finding any = after != null ? after : before;
        if (any == null) {
            return null;
        }
        boolean was = before != null && !before.deleted();
        boolean is = after != null && !after.deleted();
        HistoryEntry.Kind kind;
        if (!was && is) {
            kind = HistoryEntry.Kind.ADDED;
        } else if (was && !is) {
            kind = HistoryEntry.Kind.REMOVED;
        } else if (was && Objects.equals(before.count(), after.count()) && Objects.equals(before.value(), after.value())) {
            kind = HistoryEntry.Kind.NOTE;
        } else {
            kind = HistoryEntry.Kind.CHANGED;
        }
        return new HistoryEntry.Change(kind, any.item(), any.rule(), any.kind() == Finding.Kind.VETO, any.site(),
                any.account(), was ? shown(before) : null, is ? shown(after) : null, is ? after.note() : null);
    }

    /** A yes/no or counted finding shows its count (a recorded yes/no is 1), a measured one its value. */
    private static String shown(Finding f) {
        if (f.value() != null && !f.value().isBlank()) {
            return f.value();
        }
        return String.valueOf(f.count() == null ? 1 : f.count());
    }

    private static Finding read(String json) {
        if (json == null || json.isBlank() || "null".equals(json)) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, Finding.class);
        } catch (Exception e) {
            return null; // an older or foreign state: the store's label is shown instead
        }
    }
}
