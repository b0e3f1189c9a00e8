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
 * the bonus gate and what the last edit changed. Its nodes are made once and their texts follow
 * the score on every edit.
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
    private final Label vetoed = Badges.make("", "badge-veto");
    private final java.util.List<Label[]> partRows = new java.util.ArrayList<>();
    private final java.util.List<Label> verdictLines = new java.util.ArrayList<>();

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
        vetoed.setId("score-vetoed");
        vetoed.managedProperty().bind(vetoed.visibleProperty());
        vetoed.setVisible(false);
        verdicts.getChildren().add(vetoed);
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

    /**
     * Sets the texts of the nodes already shown: an edit changes words, not the scene graph, so the
     * frame after a keystroke has no new nodes to style (issue 4: the score on screen within a frame).
     * Nodes are only added when a snapshot has more parts or verdict lines than any before it.
     */
    private void redraw() {
        ScoreSnapshot s = vm.scoreProperty().get();
        if (s == null) {
            unit.setText(i18n.get("score.noUnit"));
            total.setText("");
            tier.setText("");
            performance.setText("");
            bonusGate.setText("");
            showParts(java.util.List.of());
            showVerdictLines(0);
            vetoed.setVisible(false);
            return;
        }
        unit.setText(vm.sessionProperty().get() == null ? "" : vm.sessionProperty().get().unit().name());
        total.setText(i18n.get("score.total", fmt(s.total())));
        tier.setText(s.tier());
        setStyle(tier, s.vetoed() ? "tier-veto" : "tier-ok", "tier-veto", "tier-ok");
        performance.setText(i18n.get("score.performance", s.performancePercent().stripTrailingZeros().toPlainString()));
        showParts(s.parts());
        vetoed.setText(i18n.get("score.vetoed"));
        vetoed.setVisible(s.vetoed());
        int line = 0;
        for (ScoreSnapshot.VerdictLine v : s.verdicts()) {
            Label head = verdictLine(line++);
            head.setText(v.subject() + ": " + i18n.get(v.pass() ? "verdict.pass" : "verdict.fail")
                    + " (" + fmt(v.score()) + ")");
            setStyle(head, v.pass() ? "verdict-pass" : "verdict-fail", "verdict-pass", "verdict-fail",
                    "verdict-reason");
            for (String reason : v.reasons()) {
                Label r = verdictLine(line++);
                r.setText("· " + reason);
                setStyle(r, "verdict-reason", "verdict-pass", "verdict-fail", "verdict-reason");
            }
        }
        showVerdictLines(line);
        bonusGate.setText(s.bonusCounted() ? i18n.get("score.bonusCounted") : s.bonusGateText());
    }

    private void showParts(java.util.List<ScoreSnapshot.PartScore> list) {
        while (partRows.size() < list.size()) {
            Label name = new Label();
            Label value = new Label();
            value.getStyleClass().add("numeric");
            parts.addRow(partRows.size(), name, value);
            partRows.add(new Label[]{name, value});
        }
        for (int i = 0; i < partRows.size(); i++) {
            Label[] row = partRows.get(i);
            boolean shown = i < list.size();
            for (Label l : row) {
                l.setVisible(shown);
                l.setManaged(shown);
            }
            if (shown) {
                ScoreSnapshot.PartScore p = list.get(i);
                row[0].setText(p.name());
                row[1].setText(fmt(p.score()) + " / " + fmt(p.max()));
            }
        }
    }

    /** The {@code i}-th line of the verdicts box (after the veto badge), made when first needed. */
    private Label verdictLine(int i) {
        while (verdictLines.size() <= i) {
            Label l = new Label();
            l.setWrapText(true);
            l.managedProperty().bind(l.visibleProperty());
            verdictLines.add(l);
            verdicts.getChildren().add(l);
        }
        Label l = verdictLines.get(i);
        l.setVisible(true);
        return l;
    }

    private void showVerdictLines(int count) {
        for (int i = count; i < verdictLines.size(); i++) {
            verdictLines.get(i).setVisible(false);
            verdictLines.get(i).setText("");
        }
    }

    /** Puts {@code wanted} among the node's classes and takes the other {@code exclusive} ones off. */
    private static void setStyle(Label l, String wanted, String... exclusive) {
        for (String c : exclusive) {
            if (!c.equals(wanted)) {
                l.getStyleClass().remove(c);
            }
        }
        if (!l.getStyleClass().contains(wanted)) {
            l.getStyleClass().add(wanted);
        }
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
