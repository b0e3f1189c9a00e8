package org.inspectorbench.ui.checklist;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Rule;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.ui.common.Badges;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.session.FindingKey;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

/**
 * One part of the checklist for one website or account: sections, items with score and maximum,
 * and a row per rule. Rows are built when first shown and kept, so that a recycled tree cell never
 * loses what the inspector is typing; item scores update in place on every edit.
 */
final class ChecklistPage {

    private final TreeView<ChecklistNode> tree = new TreeView<>();
    private final Map<ChecklistNode, Node> rows = new HashMap<>();
    private final Map<String, Label> scoreLabels = new HashMap<>();
    private final RuleEditors editors;
    private final I18n i18n;
    private ScoreSnapshot current;

    ChecklistPage(Part part, UnitInfo unit, String site, String account, RuleEditors editors, I18n i18n) {
        this.editors = editors;
        this.i18n = i18n;
        TreeItem<ChecklistNode> root = new TreeItem<>();
        for (Section section : part.sections()) {
            TreeItem<ChecklistNode> s = new TreeItem<>(new ChecklistNode.SectionNode(part, section));
            s.setExpanded(true);
            for (Item item : section.items()) {
                String path = RubricIndex.pathOf(part, section, item);
                boolean applies = item.applicability() == null
                        || item.applicability().appliesTo(unit.kind(), unit.tags());
                TreeItem<ChecklistNode> i = new TreeItem<>(new ChecklistNode.ItemNode(part, item, path,
                        ScoreSnapshot.itemKey(site, path), applies));
                i.setExpanded(true);
                for (Rule rule : item.rules()) {
                    FindingKey key = new FindingKey(path, rule.id(), false, site, account);
                    i.getChildren().add(new TreeItem<>(new ChecklistNode.RuleNode(part, item, rule, key, applies)));
                }
                s.getChildren().add(i);
            }
            root.getChildren().add(s);
        }
        // A part without 一级指标 names (政务公开, 日常工作) shows its items directly.
        if (part.sections().size() == 1 && (part.sections().get(0).name() == null
                || part.sections().get(0).name().isBlank())) {
            root.getChildren().setAll(root.getChildren().get(0).getChildren());
        }
        tree.setRoot(root);
        tree.setShowRoot(false);
        tree.getStyleClass().add("checklist-tree");
        tree.setCellFactory(t -> new Cell());
    }

    TreeView<ChecklistNode> view() {
        return tree;
    }

    /** Updates the item scores shown after an edit. */
    void show(ScoreSnapshot score) {
        for (Map.Entry<String, Label> e : scoreLabels.entrySet()) {
            BigDecimal v = score == null ? null : score.items().get(e.getKey());
            e.getValue().setText(v == null ? "–" : RuleEditors.plain(v));
        }
        this.current = score;
    }

    private Node rowFor(ChecklistNode node) {
        return rows.computeIfAbsent(node, this::build);
    }

    private Node build(ChecklistNode node) {
        if (node instanceof ChecklistNode.SectionNode s) {
            Label l = new Label(i18n.get("checklist.section", s.section().name(),
                    RuleEditors.plain(s.section().points())));
            l.getStyleClass().add("section-title");
            return l;
        }
        if (node instanceof ChecklistNode.ItemNode i) {
            return itemRow(i);
        }
        return editors.build((ChecklistNode.RuleNode) node);
    }

    private Node itemRow(ChecklistNode.ItemNode node) {
        String name = node.item().name() == null ? node.path() : node.item().name();
        Label title = new Label(name);
        title.getStyleClass().add("item-title");
        Region grow = new Region();
        HBox.setHgrow(grow, Priority.ALWAYS);
        HBox box = new HBox(8, title, grow);
        box.setAlignment(Pos.CENTER_LEFT);
        if (!node.applicable()) {
            String reason = node.item().applicability().reason();
            Label na = Badges.make(i18n.get("checklist.notApplicable"), "badge-na");
            box.getChildren().add(na);
            if (reason != null) {
                Label why = new Label(reason);
                why.getStyleClass().add("muted");
                box.getChildren().add(why);
            }
        }
        Label score = new Label();
        score.getStyleClass().add("item-score");
        scoreLabels.put(node.scoreKey(), score);
        BigDecimal v = current == null ? null : current.items().get(node.scoreKey());
        score.setText(v == null ? "–" : RuleEditors.plain(v));
        Label max = new Label("/ " + RuleEditors.plain(node.item().points()));
        max.getStyleClass().add("item-max");
        box.getChildren().addAll(score, max);
        return box;
    }

    private final class Cell extends TreeCell<ChecklistNode> {
        @Override
        protected void updateItem(ChecklistNode node, boolean empty) {
            super.updateItem(node, empty);
            setText(null);
            setGraphic(empty || node == null ? null : rowFor(node));
        }
    }
}
