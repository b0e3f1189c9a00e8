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
import org.inspectorbench.ui.materials.MaterialBadges;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.session.FindingKey;
import org.inspectorbench.ui.session.UnitSession;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One part of the checklist for one website or account: sections, items with score and maximum,
 * and a row per rule. The page (its tree, cells and rows) is kept for the next unit and re-bound:
 * rows are made when first shown and then only get new values, so that switching units makes
 * almost no nodes, and a recycled tree cell never loses what the inspector is typing. Item scores
 * update in place on every edit.
 */
final class ChecklistPage {

    private final TreeView<ChecklistNode> tree = new TreeView<>();
    private final Part part;
    private final RuleEditors editors;
    private final I18n i18n;
    /** Rows by rubric place (the same for every unit), not by unit: see the class comment. */
    private final Map<String, RuleRow> ruleRows = new HashMap<>();
    private final Map<String, ItemRow> itemRows = new HashMap<>();
    /** By identity: a Section is a record, and its hashCode walks every item and rule under it. */
    private final Map<Section, Label> sectionRows = new java.util.IdentityHashMap<>();
    private ScoreSnapshot current;
    private Object boundTo;
    private String unitName;

    ChecklistPage(Part part, RuleEditors editors, I18n i18n) {
        this.part = part;
        this.editors = editors;
        this.i18n = i18n;
        tree.setShowRoot(false);
        tree.getStyleClass().add("checklist-tree");
        tree.setCellFactory(t -> new Cell());
    }

    /**
     * Shows the part for the session's unit (and its website or account); nothing is re-bound if it
     * already does. A new session of the same unit (after undo) re-binds: values may have changed.
     */
    void bind(UnitSession session, String site, String account, ScoreSnapshot score) {
        UnitInfo unit = session.unit();
        unitName = unit.name();
        Object target = java.util.Arrays.asList(session, site, account);
        current = score;
        if (Objects.equals(boundTo, target)) {
            show(score);
            return;
        }
        boundTo = target;
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
                    i.getChildren().add(new TreeItem<>(new ChecklistNode.RuleNode(part, item, rule, key,
                            applies && rule.appliesTo(unit.kind(), unit.tags()))));
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
    }

    TreeView<ChecklistNode> view() {
        return tree;
    }

    /** After an edit: updates the item scores if the page shows the edited session. */
    void showIfBoundTo(UnitSession session, ScoreSnapshot score) {
        if (boundTo instanceof List<?> l && !l.isEmpty() && l.get(0) == session) {
            show(score);
        } else {
            current = null;
        }
    }

    /** Updates the item scores shown after an edit. */
    void show(ScoreSnapshot score) {
        this.current = score;
        for (ItemRow row : itemRows.values()) {
            row.show(score);
        }
    }

    private Node rowFor(ChecklistNode node) {
        if (node instanceof ChecklistNode.SectionNode s) {
            return sectionRows.computeIfAbsent(s.section(), this::sectionRow);
        }
        if (node instanceof ChecklistNode.ItemNode i) {
            ItemRow row = itemRows.computeIfAbsent(i.path() + "|" + i.applicable(), k -> new ItemRow(i));
            row.scoreKey = i.scoreKey();
            row.show(current);
            row.materials.bind(unitName, i.path());
            return row.box;
        }
        ChecklistNode.RuleNode r = (ChecklistNode.RuleNode) node;
        String slot = r.key().item() + "|" + r.rule().id() + "|" + r.applicable();
        RuleRow row = ruleRows.get(slot);
        if (row == null) {
            row = editors.row(r);
            ruleRows.put(slot, row);
        } else {
            row.bindIfOther(r);
        }
        return row.view();
    }

    private Label sectionRow(Section section) {
        Label l = new Label(i18n.get("checklist.section", section.name(), RuleEditors.plain(section.points())));
        l.getStyleClass().add("section-title");
        return l;
    }

    /** An item's title, 不适用 mark, score and maximum. */
    private final class ItemRow {
        final HBox box;
        final Label score = new Label();
        /** Issue 7: the 附件4 materials that support this item and whether the unit sent them. */
        final MaterialBadges.Badge materials = MaterialBadges.badge();
        String scoreKey;

        ItemRow(ChecklistNode.ItemNode node) {
            String name = node.item().name() == null ? node.path() : node.item().name();
            Label title = new Label(name);
            title.getStyleClass().add("item-title");
            Region grow = new Region();
            HBox.setHgrow(grow, Priority.ALWAYS);
            box = new HBox(8, title, materials, grow);
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
            score.getStyleClass().add("item-score");
            Label max = new Label("/ " + RuleEditors.plain(node.item().points()));
            max.getStyleClass().add("item-max");
            box.getChildren().addAll(new org.inspectorbench.ui.common.FixedSlot(score, 44), max);
        }

        void show(ScoreSnapshot s) {
            BigDecimal v = s == null || scoreKey == null ? null : s.items().get(scoreKey);
            score.setText(v == null ? "–" : RuleEditors.plain(v));
        }
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
