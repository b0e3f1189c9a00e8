package org.inspectorbench.ui.materials;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.inspectorbench.store.MaterialStatus;
import org.inspectorbench.ui.common.Badges;
import org.inspectorbench.ui.common.I18n;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.function.LongSupplier;

/**
 * The 佐证材料 badge of a checklist item (issue 7): which 附件4 materials support the item and whether
 * the unit sent them (已收到 with the date / 逾期 / 未收到). A unit's material states are read once
 * off the FX thread and kept for a short while (receipts are recorded at the office, not while an
 * inspector edits); every badge of that unit waiting for them is then filled in.
 *
 * <p>The composition root installs the one instance ({@link #install}); the checklist keeps a
 * {@link Badge} per item row and binds it to the unit shown ({@link Badge#bind}); it stays empty
 * where no instance is installed (a test's fake store) or no material supports the item.
 */
public final class MaterialBadges {

    /** Reads a unit's material states with the items each material supports (blocking). */
    public interface Source {
        List<MaterialStatus> of(String unit);
    }

    private static final long KEEP_MILLIS = 30_000;
    private static volatile MaterialBadges installed;

    private final Source source;
    private final Executor reader;
    private final Executor fx;
    private final I18n i18n;
    private final LongSupplier clock;
    private final Map<String, Loaded> cache = new HashMap<>();
    private final Map<String, List<Waiting>> waiting = new HashMap<>();

    private record Loaded(long at, List<MaterialStatus> states) {
    }

    /** The badge node of one checklist item row; rows are reused across units, so it is re-bound. */
    public static final class Badge extends HBox {
        private String unit;
        private String path;

        private Badge() {
            super(4);
            getStyleClass().add("material-badges");
            setMinWidth(0);
            HBox.setHgrow(this, javafx.scene.layout.Priority.SOMETIMES);
        }

        /** Shows the states for {@code unit}'s item {@code itemPath}; no work when already bound to them. */
        public void bind(String unit, String itemPath) {
            if (java.util.Objects.equals(this.unit, unit) && java.util.Objects.equals(this.path, itemPath)) {
                return;
            }
            this.unit = unit;
            this.path = itemPath;
            getChildren().clear();
            MaterialBadges b = installed;
            if (b != null && unit != null && itemPath != null) {
                b.fill(this);
            }
        }

        boolean boundTo(String u, String p) {
            return java.util.Objects.equals(unit, u) && java.util.Objects.equals(path, p);
        }
    }

    private record Waiting(String unit, String path, Badge badge) {
    }

    public MaterialBadges(Source source, Executor reader, Executor fx, I18n i18n, LongSupplier clock) {
        this.source = source;
        this.reader = reader;
        this.fx = fx;
        this.i18n = i18n;
        this.clock = clock;
    }

    public static void install(MaterialBadges badges) {
        installed = badges;
    }

    /** A new, unbound badge for an item row. */
    public static Badge badge() {
        return new Badge();
    }

    /** A badge bound to {@code itemPath} of {@code unit}: filled now, or as soon as the unit's states are read. */
    public static Node node(String unit, String itemPath) {
        Badge b = badge();
        b.bind(unit, itemPath);
        return b;
    }

    private void fill(Badge badge) {
        String unit = badge.unit;
        String path = badge.path;
        Loaded l = cache.get(unit);
        if (l != null && clock.getAsLong() - l.at() < KEEP_MILLIS) {
            show(badge, path, l.states());
            return;
        }
        boolean loading = waiting.containsKey(unit);
        waiting.computeIfAbsent(unit, u -> new ArrayList<>()).add(new Waiting(unit, path, badge));
        if (loading) {
            return;
        }
        reader.execute(() -> {
            List<MaterialStatus> states;
            try {
                states = source.of(unit);
            } catch (RuntimeException e) {
                states = List.of();
            }
            List<MaterialStatus> read = states;
            fx.execute(() -> {
                cache.put(unit, new Loaded(clock.getAsLong(), read));
                for (Waiting w : waiting.remove(unit)) {
                    // A row re-bound to another unit meanwhile shows that unit's states instead.
                    if (w.badge().boundTo(w.unit(), w.path())) {
                        show(w.badge(), w.path(), read);
                    }
                }
            });
        });
    }

    private void show(HBox box, String path, List<MaterialStatus> states) {
        List<MaterialStatus> supporting = states.stream().filter(s -> s.material().supports().contains(path)).toList();
        MaterialBadgeText.Line line = MaterialBadgeText.of(supporting, (key, args) -> i18n.get(key, args));
        box.getChildren().clear();
        if (line.isEmpty()) {
            return;
        }
        Label badge = Badges.make(i18n.get("materials.badge") + " " + String.join(" · ", line.parts()),
                "badge-material-" + line.worst().name().toLowerCase(java.util.Locale.ROOT));
        badge.getStyleClass().add("badge-material");
        // Colours here rather than in the shared stylesheet: received / late / missing.
        badge.setStyle(switch (line.worst()) {
            case ON_TIME -> "-fx-background-color: #e3f1e0; -fx-text-fill: #25602a;";
            case LATE -> "-fx-background-color: #fdeccf; -fx-text-fill: #7a4a00;";
            default -> "-fx-background-color: #f9dede; -fx-text-fill: #8a1f1f;";
        });
        badge.setTooltip(new Tooltip(String.join("\n", line.details())));
        // In a narrow window the line gives way to the item's name (the tooltip keeps it whole).
        badge.setMinWidth(60);
        box.getChildren().add(badge);
    }
}
