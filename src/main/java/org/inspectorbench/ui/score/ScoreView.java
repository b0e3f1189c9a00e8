package org.inspectorbench.ui.score;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.Badges;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.session.EditOutcome;
import org.inspectorbench.ui.session.ScoreDiff;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The right pane: total, tier, 绩效, the parts, the website and new-media verdicts with reasons,
 * the bonus gate and what the last edit changed. Redrawn from the score on every edit.
 */
public final class ScoreView extends VBox {

    private final I18n i18n;
    private final Label unit = new Label();
    private final Label total = new Label();
    private final Label tier = new Label();
    private final Label performance = new Label();
    private final GridPane parts = new GridPane();
    private final VBox verdicts = new VBox(4);
    private final Label bonusGate = new Label();
    private final Label lastEdit = new Label();
    private final WorkbenchViewModel vm;

    public ScoreView(WorkbenchViewModel vm, I18n i18n) {
        this.vm = vm;
        this.i18n = i18n;
        getStyleClass().add("score-pane");
        setSpacing(8);
        setPadding(new Insets(8));
        unit.getStyleClass().add("score-unit");
        total.setId("score-total");
        total.getStyleClass().add("score-total");
        tier.setId("score-tier");
        tier.getStyleClass().add("score-tier");
        performance.setId("score-performance");
        parts.getStyleClass().add("score-parts");
        parts.setHgap(12);
        parts.setVgap(2);
        verdicts.setId("score-verdicts");
        bonusGate.setId("score-bonus-gate");
        bonusGate.setWrapText(true);
        lastEdit.setId("score-last-edit");
        lastEdit.getStyleClass().add("last-edit");
        lastEdit.setWrapText(true);
        lastEdit.managedProperty().bind(lastEdit.visibleProperty());
        lastEdit.visibleProperty().bind(lastEdit.textProperty().isNotEmpty());
        getChildren().addAll(unit, total, tier, performance, parts, verdicts, bonusGate, lastEdit);
        vm.scoreProperty().addListener(o -> redraw());
        vm.lastEditProperty().addListener(o -> redrawLastEdit());
        i18n.localeProperty().addListener(o -> {
            redraw();
            redrawLastEdit();
        });
        redraw();
    }

    static String fmt(BigDecimal d) {
        return d == null ? "" : d.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private void redraw() {
        ScoreSnapshot s = vm.scoreProperty().get();
        parts.getChildren().clear();
        verdicts.getChildren().clear();
        if (s == null) {
            unit.setText(i18n.get("score.noUnit"));
            total.setText("");
            tier.setText("");
            performance.setText("");
            bonusGate.setText("");
            return;
        }
        unit.setText(vm.sessionProperty().get() == null ? "" : vm.sessionProperty().get().unit().name());
        total.setText(i18n.get("score.total", fmt(s.total())));
        tier.setText(s.tier());
        tier.getStyleClass().removeAll("tier-veto", "tier-ok");
        tier.getStyleClass().add(s.vetoed() ? "tier-veto" : "tier-ok");
        performance.setText(i18n.get("score.performance", s.performancePercent().stripTrailingZeros().toPlainString()));
        int row = 0;
        for (ScoreSnapshot.PartScore p : s.parts()) {
            Label name = new Label(p.name());
            Label value = new Label(fmt(p.score()) + " / " + fmt(p.max()));
            value.getStyleClass().add("numeric");
            parts.addRow(row++, name, value);
        }
        for (ScoreSnapshot.VerdictLine v : s.verdicts()) {
            Label head = new Label(v.subject() + ": " + i18n.get(v.pass() ? "verdict.pass" : "verdict.fail")
                    + " (" + fmt(v.score()) + ")");
            head.getStyleClass().add(v.pass() ? "verdict-pass" : "verdict-fail");
            head.setWrapText(true);
            verdicts.getChildren().add(head);
            for (String reason : v.reasons()) {
                Label r = new Label("· " + reason);
                r.setWrapText(true);
                r.getStyleClass().add("verdict-reason");
                verdicts.getChildren().add(r);
            }
        }
        if (s.vetoed()) {
            verdicts.getChildren().add(0, Badges.make(i18n.get("score.vetoed"), "badge-veto"));
        }
        bonusGate.setText(s.bonusCounted() ? i18n.get("score.bonusCounted") : s.bonusGateText());
    }

    private void redrawLastEdit() {
        EditOutcome e = vm.lastEditProperty().get();
        if (e == null) {
            lastEdit.setText("");
            return;
        }
        StringBuilder sb = new StringBuilder(i18n.get("score.lastEdit." + e.kind().name().toLowerCase()));
        String changes = ScoreDiff.joined(e.changes());
        sb.append(changes.isEmpty() ? i18n.get("score.noChange") : changes);
        if (e.totalBefore() != null && e.totalBefore().compareTo(e.totalAfter()) != 0) {
            sb.append("\n").append(i18n.get("score.totalMoved", fmt(e.totalBefore()), fmt(e.totalAfter())));
        }
        if (e.tierChanged()) {
            sb.append("\n").append(e.tierBefore()).append(" → ").append(e.tierAfter());
        }
        lastEdit.setText(sb.toString());
    }
}
