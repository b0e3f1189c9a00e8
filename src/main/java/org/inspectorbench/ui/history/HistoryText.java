package org.inspectorbench.ui.history;

import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.HistoryEntry;

/**
 * The words of a history line in the inspector's language: "修改 政府网站/功能设计/可用性 规则1: 0 → 2",
 * "撤销: …"; never the store's action words ("do", "undo").
 */
public final class HistoryText {

    private static final String UNDO_PREFIX = "撤销 undo: ";
    private static final String REDO_PREFIX = "重做 redo: ";
    /** The label of a bundle import (bundle.BundleImport): its signers are named in parentheses. */
    private static final String BUNDLE_PREFIX = "导入数据包 import ";
    private static final java.util.regex.Pattern SIGNER = java.util.regex.Pattern.compile(" \\(([^()]+)\\)");

    private HistoryText() {
    }

    public static String of(HistoryEntry e, I18n i18n) {
        String what = e.change() != null ? change(e.change(), i18n) + viaBundle(e.summary(), i18n) : label(e.summary());
        return switch (e.action() == null ? "do" : e.action()) {
            case "undo" -> i18n.get("history.undo", what);
            case "redo" -> i18n.get("history.redo", what);
            default -> what;
        };
    }

    private static String change(HistoryEntry.Change c, I18n i18n) {
        String where = c.site() != null ? c.site() : c.account();
        String place = where == null ? "" : i18n.get("history.where", where);
        if (c.veto()) {
            String veto = (c.rule() == null ? c.item() : i18n.get("history.vetoCondition", c.item(), c.rule())) + place;
            return switch (c.kind()) {
                case REMOVED -> i18n.get("history.vetoOff", veto);
                case NOTE -> i18n.get("history.note", veto, c.note() == null ? "" : c.note());
                default -> i18n.get("history.vetoOn", veto);
            };
        }
        String rule = i18n.get("history.rule", c.item(), c.rule()) + place;
        String before = c.before() != null ? c.before() : nothing(c.after());
        String after = c.after() != null ? c.after() : nothing(c.before());
        return switch (c.kind()) {
            case ADDED -> i18n.get("history.added", rule, before, after);
            case CHANGED -> i18n.get("history.changed", rule, before, after);
            case REMOVED -> i18n.get("history.removed", rule, before, after);
            case NOTE -> i18n.get("history.note", rule, c.note() == null ? "" : c.note());
        };
    }

    /** A change a bundle brought: whose bundle, so every record shows which inspector it came from. */
    private static String viaBundle(String summary, I18n i18n) {
        if (summary == null || !summary.startsWith(BUNDLE_PREFIX)) {
            return "";
        }
        java.util.Set<String> signers = new java.util.LinkedHashSet<>();
        java.util.regex.Matcher m = SIGNER.matcher(summary);
        while (m.find()) {
            signers.add(m.group(1));
        }
        return signers.isEmpty() ? "" : i18n.get("history.viaBundle", String.join(i18n.get("history.listSeparator"), signers));
    }

    /** No finding: a count of 0, or no measurement ("—"). */
    private static String nothing(String other) {
        return other != null && other.chars().allMatch(Character::isDigit) ? "0" : "—";
    }

    /** The store's own label, without the bilingual undo/redo prefix it adds (the view adds its own). */
    private static String label(String s) {
        if (s == null) {
            return "";
        }
        if (s.startsWith(UNDO_PREFIX)) {
            return s.substring(UNDO_PREFIX.length());
        }
        return s.startsWith(REDO_PREFIX) ? s.substring(REDO_PREFIX.length()) : s;
    }
}
