package org.inspectorbench.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two results of one unit: the items whose score moved, the total and the
 * tier, and the vetoes that came or went. The workbench shows {@link #summary()} after an edit
 * ("-0.5 可用性"); {@code severalSites}
 * says whether item changes name their website (a unit with several).
 */
public record ScoreDiff(
        BigDecimal totalBefore,
        BigDecimal totalAfter,
        String tierBefore,
        String tierAfter,
        List<ScoreChange> items,
        List<String> vetoesAdded,
        List<String> vetoesRemoved,
        boolean severalSites) {

    public static ScoreDiff between(UnitResult before, UnitResult after) {
        List<ScoreChange> changes = new ArrayList<>();
        List<ItemResult> a = before.items();
        List<ItemResult> b = after.items();
        if (sameLayout(a, b)) {
            for (int i = 0; i < a.size(); i++) {
                addIfMoved(changes, a.get(i), b.get(i));
            }
        } else {
            Map<String, ItemResult> old = new HashMap<>();
            for (ItemResult r : a) {
                old.put(key(r), r);
            }
            for (ItemResult r : b) {
                ItemResult o = old.get(key(r));
                if (o != null) {
                    addIfMoved(changes, o, r);
                }
            }
        }
        return new ScoreDiff(before.total(), after.total(), before.tier(), after.tier(), List.copyOf(changes),
                minus(after.vetoReasons(), before.vetoReasons()), minus(before.vetoReasons(), after.vetoReasons()),
                severalSites(after));
    }

    public static ScoreDiff none(UnitResult result) {
        return new ScoreDiff(result.total(), result.total(), result.tier(), result.tier(), List.of(), List.of(), List.of(),
                severalSites(result));
    }

    private static List<String> minus(List<String> a, List<String> b) {
        if (a.isEmpty()) {
            return List.of();
        }
        List<String> rest = new ArrayList<>(a);
        rest.removeAll(b);
        return List.copyOf(rest);
    }

    private static boolean severalSites(UnitResult result) {
        for (PartResult p : result.parts()) {
            if (p.sites().size() > 1) {
                return true;
            }
        }
        return false;
    }

    public BigDecimal totalDelta() {
        return totalAfter.subtract(totalBefore);
    }

    public boolean isEmpty() {
        return items.isEmpty() && totalDelta().signum() == 0 && Objects.equals(tierBefore, tierAfter)
                && vetoesAdded.isEmpty() && vetoesRemoved.isEmpty();
    }

    /**
     * "-0.5 可用性", several changes joined by "、", the total when it moved differently (an item of
     * one of several websites moves the average by less), and a tier change.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        for (ScoreChange c : items) {
            parts.add(c.describe(severalSites));
        }
        String text = String.join("、", parts);
        BigDecimal itemsDelta = items.stream().map(ScoreChange::delta).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (totalDelta().compareTo(itemsDelta) != 0) {
            // An item of one of several websites moves the average by less; a bonus behind the gate not at all.
            text += (text.isEmpty() ? "" : ", ") + (totalDelta().signum() == 0 ? "总分不变" : "总分 " + Points.signed(totalDelta()));
        }
        for (String v : vetoesAdded) {
            text += (text.isEmpty() ? "" : ", ") + "单项否决 " + v;
        }
        for (String v : vetoesRemoved) {
            text += (text.isEmpty() ? "" : ", ") + "撤销单项否决 " + v;
        }
        if (!Objects.equals(tierBefore, tierAfter)) {
            text += (text.isEmpty() ? "" : ", ") + tierBefore + " → " + tierAfter;
        }
        return text;
    }

    private static boolean sameLayout(List<ItemResult> a, List<ItemResult> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).item().equals(b.get(i).item()) || !Objects.equals(a.get(i).site(), b.get(i).site())) {
                return false;
            }
        }
        return true;
    }

    private static void addIfMoved(List<ScoreChange> changes, ItemResult before, ItemResult after) {
        if (before.score().compareTo(after.score()) != 0) {
            changes.add(new ScoreChange(after.item(), after.site(), after.label(), before.score(), after.score()));
        }
    }

    private static String key(ItemResult r) {
        return r.item() + "\u0000" + (r.site() == null ? "" : r.site());
    }
}
