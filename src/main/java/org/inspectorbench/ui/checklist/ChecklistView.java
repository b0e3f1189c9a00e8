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
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.session.FindingKey;
import org.inspectorbench.ui.session.UnitSession;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The centre: the selected unit's checklist. A tab for the 单项否决 group, then one per part; the
 * 政府网站 part has a tab per website, the 政务新媒体 part one per account (each finding names it).
 * Tab contents are built when first opened, so that switching units stays quick.
 */
public final class ChecklistView extends StackPane {

    private final WorkbenchViewModel vm;
    private final I18n i18n;
    private final Consumer<FindingKey> focused;
    private final SampleDrawer sampler;
    private final List<ChecklistPage> pages = new ArrayList<>();
    private TabPane tabs;

    public ChecklistView(WorkbenchViewModel vm, I18n i18n, Consumer<FindingKey> focused,
                         SampleDrawer sampler) {
        this.vm = vm;
        this.i18n = i18n;
        this.focused = focused;
        this.sampler = sampler;
        getStyleClass().add("checklist");
        getChildren().add(placeholder());
        vm.sessionProperty().addListener((o, a, b) -> rebuild(b));
        vm.scoreProperty().addListener((o, a, b) -> pages.forEach(p -> p.show(b)));
    }

    private Label placeholder() {
        Label l = new Label();
        l.textProperty().bind(i18n.text("checklist.chooseUnit"));
        l.getStyleClass().add("muted");
        return l;
    }

    private void rebuild(UnitSession session) {
        String selected = tabs == null || tabs.getSelectionModel().getSelectedItem() == null
                ? null : tabs.getSelectionModel().getSelectedItem().getId();
        pages.clear();
        if (session == null) {
            getChildren().setAll(placeholder());
            return;
        }
        Rubric rubric = vm.campaignProperty().get().rubric();
        UnitInfo unit = session.unit();
        RuleEditors editors = new RuleEditors(vm, i18n, focused, sampler);
        tabs = new TabPane();
        tabs.setId("checklist-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        Tab vetoTab = lazyTab("tab-veto", i18n.get("checklist.vetoTab"),
                () -> new VetoPage(rubric, unit, vm, i18n, focused).view());
        vetoTab.getStyleClass().add("veto-tab");
        tabs.getTabs().add(vetoTab);
        int n = 0;
        for (Part part : rubric.parts()) {
            String id = "tab-part-" + n++;
            if (part.scope() == Part.Scope.WEBSITE) {
                tabs.getTabs().add(new Tab(part.name(), subTabs(id, part, unit, unit.websites(), true, editors)));
            } else if (part.scope() == Part.Scope.NEW_MEDIA) {
                List<String> accounts = unit.accounts().stream()
                        .map(a -> a.name()).toList();
                tabs.getTabs().add(new Tab(part.name(), subTabs(id, part, unit, accounts, false, editors)));
            } else {
                tabs.getTabs().add(lazyTab(id, part.name(), () -> page(part, unit, null, null, editors)));
            }
            tabs.getTabs().get(tabs.getTabs().size() - 1).setId(id);
        }
        tabs.getSelectionModel().select(1);
        for (Tab t : tabs.getTabs()) {
            if (t.getId().equals(selected)) {
                tabs.getSelectionModel().select(t);
            }
        }
        getChildren().setAll(tabs);
    }

    private Node subTabs(String id, Part part, UnitInfo unit, List<String> targets, boolean sites,
                         RuleEditors editors) {
        if (targets.isEmpty()) {
            // No account registered (or no website): findings still need a place; they name none.
            return page(part, unit, null, null, editors);
        }
        TabPane inner = new TabPane();
        inner.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        inner.getStyleClass().add("target-tabs");
        int k = 0;
        for (String target : targets) {
            inner.getTabs().add(lazyTab(id + "-" + k++, target,
                    () -> page(part, unit, sites ? target : null, sites ? null : target, editors)));
        }
        return inner;
    }

    private Node page(Part part, UnitInfo unit, String site, String account, RuleEditors editors) {
        ChecklistPage page = new ChecklistPage(part, unit, site, account, editors, i18n);
        page.show(vm.scoreProperty().get());
        pages.add(page);
        return page.view();
    }

    private static Tab lazyTab(String id, String title, Supplier<Node> content) {
        Tab tab = new Tab(title);
        tab.setId(id);
        Runnable fill = () -> {
            if (tab.getContent() == null) {
                tab.setContent(content.get());
            }
        };
        tab.selectedProperty().addListener((o, a, b) -> {
            if (b) {
                fill.run();
            }
        });
        if (tab.isSelected()) {
            fill.run();
        }
        return tab;
    }

    /** Ctrl+1..9: jumps to a tab of the checklist. */
    public void selectTab(int index) {
        if (tabs != null && index < tabs.getTabs().size()) {
            tabs.getSelectionModel().select(index);
        }
    }
}
