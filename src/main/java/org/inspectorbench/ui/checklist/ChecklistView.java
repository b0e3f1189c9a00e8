package org.inspectorbench.ui.checklist;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.StackPane;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.session.FindingKey;
import org.inspectorbench.ui.session.UnitSession;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The centre: the selected unit's checklist. A tab for the 单项否决 group, then one per part; the
 * 政府网站 part has a tab per website, the 政务新媒体 part one per account (each finding names it).
 * The tabs and their pages are made once and kept: switching units re-binds the page on screen,
 * and the others when they are next opened, so that the first paint of a unit is quick.
 */
public final class ChecklistView extends StackPane {

    private final WorkbenchViewModel vm;
    private final I18n i18n;
    private final Consumer<FindingKey> focused;
    private final RuleEditors editors;
    /** Pages by tab id ("tab-part-1-0": part 1, first website), kept across units. */
    private final Map<String, ChecklistPage> pages = new HashMap<>();
    private final List<Runnable> partTabs = new ArrayList<>();
    private TabPane tabs;
    private Tab vetoTab;
    private UnitSession session;

    public ChecklistView(WorkbenchViewModel vm, I18n i18n, Consumer<FindingKey> focused,
                         SampleDrawer sampler) {
        this.vm = vm;
        this.i18n = i18n;
        this.focused = focused;
        this.editors = new RuleEditors(vm, i18n, focused, sampler);
        getStyleClass().add("checklist");
        getChildren().add(placeholder());
        vm.sessionProperty().addListener((o, a, b) -> show(b));
        vm.scoreProperty().addListener((o, a, b) -> {
            UnitSession s = session;
            pages.values().forEach(p -> p.showIfBoundTo(s, b));
        });
    }

    private Label placeholder() {
        Label l = new Label();
        l.textProperty().bind(i18n.text("checklist.chooseUnit"));
        l.getStyleClass().add("muted");
        return l;
    }

    private void show(UnitSession now) {
        session = now;
        if (now == null) {
            getChildren().setAll(placeholder());
            return;
        }
        if (tabs == null) {
            build(vm.campaignProperty().get().rubric());
        }
        vetoTab.setContent(null);
        if (vetoTab.isSelected()) {
            fillVeto();
        }
        partTabs.forEach(Runnable::run);
        if (getChildren().size() != 1 || getChildren().get(0) != tabs) {
            getChildren().setAll(tabs);
        }
    }

    private void build(Rubric rubric) {
        tabs = new TabPane();
        tabs.setId("checklist-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        vetoTab = new Tab(i18n.get("checklist.vetoTab"));
        vetoTab.setId("tab-veto");
        vetoTab.getStyleClass().add("veto-tab");
        vetoTab.selectedProperty().addListener((o, a, b) -> {
            if (b && vetoTab.getContent() == null) {
                fillVeto();
            }
        });
        tabs.getTabs().add(vetoTab);
        int n = 0;
        for (Part part : rubric.parts()) {
            String id = "tab-part-" + n++;
            Tab tab = new Tab(part.name());
            tab.setId(id);
            tabs.getTabs().add(tab);
            if (part.scope() == Part.Scope.WEBSITE || part.scope() == Part.Scope.NEW_MEDIA) {
                TargetTabs targets = new TargetTabs(id, part, tab);
                partTabs.add(targets::refresh);
            } else {
                Runnable fill = () -> {
                    if (tab.isSelected()) {
                        tab.setContent(page(id, part, null, null));
                    }
                };
                tab.selectedProperty().addListener((o, a, b) -> fill.run());
                partTabs.add(fill);
            }
        }
        tabs.getSelectionModel().select(1);
    }

    private void fillVeto() {
        vetoTab.setContent(new VetoPage(vm.campaignProperty().get().rubric(), session.unit(), vm, i18n, focused).view());
    }

    /** The page with this id, bound to the current unit and target. */
    private Node page(String id, Part part, String site, String account) {
        ChecklistPage page = pages.computeIfAbsent(id, k -> new ChecklistPage(part, editors, i18n));
        page.bind(session, site, account, vm.scoreProperty().get());
        return page.view();
    }

    /** A website or new-media part: one inner tab per website or account of the unit. */
    private final class TargetTabs {
        private final String id;
        private final Part part;
        private final Tab outer;
        private final TabPane inner = new TabPane();

        TargetTabs(String id, Part part, Tab outer) {
            this.id = id;
            this.part = part;
            this.outer = outer;
            inner.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
            inner.getStyleClass().add("target-tabs");
            outer.selectedProperty().addListener((o, a, b) -> refresh());
        }

        boolean sites() {
            return part.scope() == Part.Scope.WEBSITE;
        }

        List<String> targets() {
            return sites() ? session.unit().websites()
                    : session.unit().accounts().stream().map(a -> a.name()).toList();
        }

        void refresh() {
            if (session == null) {
                return;
            }
            List<String> targets = targets();
            if (targets.isEmpty()) {
                // No account registered (or no website): findings still need a place; they name none.
                if (outer.isSelected()) {
                    outer.setContent(page(id, part, null, null));
                }
                return;
            }
            while (inner.getTabs().size() > targets.size()) {
                inner.getTabs().remove(inner.getTabs().size() - 1);
            }
            for (int k = 0; k < targets.size(); k++) {
                if (k == inner.getTabs().size()) {
                    Tab t = new Tab();
                    t.setId(id + "-" + k);
                    int index = k;
                    t.selectedProperty().addListener((o, a, b) -> fill(t, index));
                    inner.getTabs().add(t);
                }
                inner.getTabs().get(k).setText(targets.get(k));
            }
            if (outer.getContent() != inner) {
                outer.setContent(inner);
            }
            if (outer.isSelected()) {
                Tab selected = inner.getSelectionModel().getSelectedItem();
                if (selected != null) {
                    fill(selected, inner.getTabs().indexOf(selected));
                }
            }
        }

        private void fill(Tab t, int index) {
            List<String> targets = targets();
            if (!t.isSelected() || index >= targets.size()) {
                return;
            }
            String target = targets.get(index);
            t.setContent(page(id + "-" + index, part, sites() ? target : null, sites() ? null : target));
        }
    }

    /** Ctrl+1..9: jumps to a tab of the checklist. */
    public void selectTab(int index) {
        if (tabs != null && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }
}
