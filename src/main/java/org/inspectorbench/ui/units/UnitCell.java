package org.inspectorbench.ui.units;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.common.Badges;
import org.inspectorbench.ui.port.ScoreSnapshot;

/** A unit in the list: name, kind and assignee; total, tier and verdict badges; checklist progress. */
final class UnitCell extends ListCell<UnitRow> {

    private final I18n i18n;
    private final Label name = new Label();
    private final Label total = new Label();
    private final Label details = new Label();
    private final HBox badges = new HBox(4);
    private final VBox box;
    private final javafx.scene.Node view;
    private final javafx.beans.InvalidationListener changed = o -> show(getItem());
    private UnitRow shown;
    private String badgesShown;

    UnitCell(I18n i18n) {
        this.i18n = i18n;
        name.getStyleClass().add("unit-name");
        total.getStyleClass().add("unit-total");
        details.getStyleClass().add("muted");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox top = new HBox(6, name, grow, new org.inspectorbench.ui.common.FixedSlot(total, 64));
        top.setAlignment(Pos.CENTER_LEFT);
        badges.setAlignment(Pos.CENTER_LEFT);
        box = new VBox(2, top, badges, details);
        box.getStyleClass().add("unit-cell");
        view = new org.inspectorbench.ui.common.LayoutBarrier(box);
    }

    /** The cell follows its row: an edit updates this one cell's texts, not the whole list. */
    @Override
    protected void updateItem(UnitRow row, boolean empty) {
        super.updateItem(row, empty);
        setText(null);
        UnitRow now = empty ? null : row;
        if (shown != now) {
            if (shown != null) {
                shown.scoreProperty().removeListener(changed);
                shown.itemsTouchedProperty().removeListener(changed);
            }
            shown = now;
            if (now != null) {
                now.scoreProperty().addListener(changed);
                now.itemsTouchedProperty().addListener(changed);
            }
        }
        if (now == null) {
            setGraphic(null);
            return;
        }
        show(now);
        setGraphic(view);
    }

    private void show(UnitRow row) {
        if (row == null) {
            return;
        }
        ScoreSnapshot s = row.score();
        name.setText(row.name());
        total.setText(s == null ? "…" : s.total().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
        String assignee = row.unit().assignee() == null ? i18n.get("units.unassigned") : row.unit().assignee();
        details.setText(i18n.get("units.details", row.unit().kind(), row.itemsTouched(), row.itemsApplicable(), assignee));
        String wanted = s == null ? "" : s.tier() + s.vetoed() + s.verdicts().stream().filter(v -> !v.pass())
                .map(ScoreSnapshot.VerdictLine::part).toList() + i18n.locale();
        if (wanted.equals(badgesShown)) {
            return;
        }
        badgesShown = wanted;
        badges.getChildren().clear();
        if (s != null) {
            badges.getChildren().add(Badges.tier(s.tier(), s.vetoed()));
            if (s.vetoed()) {
                badges.getChildren().add(Badges.make(i18n.get("badge.veto"), "badge-veto"));
            }
            for (ScoreSnapshot.VerdictLine v : s.verdicts()) {
                if (!v.pass()) {
                    badges.getChildren().add(Badges.make(i18n.get("badge.failed", v.part()), "badge-fail"));
                }
            }
        }
    }
}
