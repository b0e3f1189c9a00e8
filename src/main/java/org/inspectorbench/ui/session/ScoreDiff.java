package org.inspectorbench.ui.session;

import org.inspectorbench.ui.port.ScoreSnapshot;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** What one edit changed, as the score panel says it: "-0.5 可用性", "单项否决", tier changes. */
public final class ScoreDiff {

    private ScoreDiff() {
    }

    /** One changed item: its display name and the signed change of its score. */
    public record Change(String item, BigDecimal delta) {
        public String text() {
            return (delta.signum() > 0 ? "+" : "") + delta.stripTrailingZeros().toPlainString() + " " + item;
        }
    }

    public static List<Change> itemChanges(ScoreSnapshot before, ScoreSnapshot after) {
        List<Change> changes = new ArrayList<>();
        if (before == null || after == null) {
            return changes;
        }
        TreeSet<String> keys = new TreeSet<>(before.items().keySet());
        keys.addAll(after.items().keySet());
        for (String key : keys) {
            BigDecimal b = before.items().getOrDefault(key, BigDecimal.ZERO);
            BigDecimal a = after.items().getOrDefault(key, BigDecimal.ZERO);
            if (b.compareTo(a) != 0) {
                changes.add(new Change(displayName(key), a.subtract(b)));
            }
        }
        return changes;
    }

    public static boolean tierChanged(ScoreSnapshot before, ScoreSnapshot after) {
        return before != null && after != null && !Objects.equals(before.tier(), after.tier());
    }

    /** "site|政府网站/可用性/首页可用性" -> "首页可用性 (site)": the last path segment names the item. */
    static String displayName(String key) {
        String site = null;
        String path = key;
        int bar = key.indexOf('|');
        if (bar >= 0) {
            site = key.substring(0, bar);
            path = key.substring(bar + 1);
        }
        String name = path.substring(path.lastIndexOf('/') + 1);
        return site == null ? name : name + " (" + site + ")";
    }

    public static String joined(List<Change> changes) {
        StringBuilder sb = new StringBuilder();
        for (Change c : changes) {
            if (!sb.isEmpty()) {
                sb.append("  ");
            }
            sb.append(c.text());
        }
        return sb.toString();
    }

    static Map<String, BigDecimal> items(ScoreSnapshot s) {
        return s == null ? Map.of() : s.items();
    }
}
