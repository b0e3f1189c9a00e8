package org.inspectorbench.ui.materials;

import org.inspectorbench.store.MaterialState;
import org.inspectorbench.store.MaterialStatus;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The words of a checklist item's 佐证材料 line: for each evidence material of 附件4 that supports
 * the item and is asked of the unit, its number and state ("#11 已收到 2022-11-20", "#12 逾期",
 * "#13 未收到"). Materials not asked of the unit are left out.
 */
public final class MaterialBadgeText {

    /** The line's parts, and the worst state among them (for the badge's colour). */
    public record Line(List<String> parts, MaterialState worst, List<String> details) {

        public boolean isEmpty() {
            return parts.isEmpty();
        }
    }

    private MaterialBadgeText() {
    }

    /**
     * @param text the message for a key and its arguments: materials.onTime (number, date),
     *             materials.late (number, date), materials.missing (number)
     */
    public static Line of(List<MaterialStatus> supporting, BiFunction<String, Object[], String> text) {
        List<String> parts = new ArrayList<>();
        List<String> details = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        MaterialState worst = null;
        for (MaterialStatus s : supporting) {
            if (s.state() == MaterialState.NOT_APPLICABLE) {
                continue;
            }
            String n = String.valueOf(s.material().number());
            String date = s.receivedOn() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(s.receivedOn());
            switch (s.state()) {
                case ON_TIME -> parts.add(text.apply("materials.onTime", new Object[] {n, date}));
                case LATE -> parts.add(text.apply("materials.late", new Object[] {n, date}));
                default -> missing.add("#" + n);
            }
            details.add("#" + n + " " + s.material().text() + (date.isEmpty() ? "" : " (" + date + ")"));
            worst = worse(worst, s.state());
        }
        // The materials not received share one part: an item supported by seven stays one short line.
        if (!missing.isEmpty()) {
            parts.add(text.apply("materials.missing", new Object[] {String.join(" ", missing)}));
        }
        return new Line(List.copyOf(parts), worst, List.copyOf(details));
    }

    private static MaterialState worse(MaterialState a, MaterialState b) {
        if (a == null) {
            return b;
        }
        return rank(b) > rank(a) ? b : a;
    }

    private static int rank(MaterialState s) {
        return switch (s) {
            case NOT_APPLICABLE -> 0;
            case ON_TIME -> 1;
            case LATE -> 2;
            case MISSING -> 3;
        };
    }
}
