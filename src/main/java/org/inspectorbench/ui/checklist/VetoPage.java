package org.inspectorbench.ui.checklist;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Veto;
import org.inspectorbench.rubric.VetoCondition;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.Badges;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.session.FindingKey;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The 单项否决 conditions, apart from the points: any one that holds makes the website (or the new
 * media) and the unit 不合格. Website vetoes are checked per website of the unit.
 */
final class VetoPage {

    private final VBox box = new VBox(10);
    private final ScrollPane scroll = new ScrollPane(box);

    VetoPage(Rubric rubric, UnitInfo unit, WorkbenchViewModel vm, I18n i18n, Consumer<FindingKey> focused) {
        box.setPadding(new Insets(8));
        box.getStyleClass().add("veto-page");
        scroll.setFitToWidth(true);
        Label intro = new Label(i18n.get("veto.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("veto-intro");
        box.getChildren().add(intro);
        for (Veto veto : rubric.vetoes() == null ? List.<Veto>of() : rubric.vetoes()) {
            box.getChildren().add(vetoBlock(rubric, unit, veto, vm, i18n, focused));
        }
    }

    private static Node vetoBlock(Rubric rubric, UnitInfo unit, Veto veto, WorkbenchViewModel vm, I18n i18n,
                                  Consumer<FindingKey> focused) {
        String path = RubricIndex.vetoPath(veto);
        Label title = new Label(path);
        title.getStyleClass().add("veto-title");
        VBox block = new VBox(4, title);
        block.getStyleClass().add("veto-block");
        boolean applies = veto.applicability() == null || veto.applicability().appliesTo(unit.kind(), unit.tags());
        if (!applies) {
            block.getChildren().add(new HBox(6, Badges.make(i18n.get("checklist.notApplicable"), "badge-na"),
                    new Label(veto.applicability().reason() == null ? "" : veto.applicability().reason())));
            block.setDisable(true);
            return block;
        }
        List<String> sites = new ArrayList<>();
        if (isWebsiteVeto(rubric, veto)) {
            sites.addAll(unit.websites());
        } else {
            sites.add(null);
        }
        List<VetoCondition> conditions = veto.conditions() == null || veto.conditions().isEmpty()
                ? List.of(new VetoCondition(null, veto.text(), null)) : veto.conditions();
        for (VetoCondition c : conditions) {
            Label text = new Label((c.id() == null ? "" : c.id() + ". ") + c.text());
            text.setWrapText(true);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            FlowPane checks = new FlowPane(8, 4);
            checks.setAlignment(Pos.CENTER_RIGHT);
            for (String site : sites) {
                FindingKey key = new FindingKey(path, c.id(), true, site, null);
                CheckBox holds = new CheckBox(site == null ? i18n.get("veto.holds") : site);
                holds.getStyleClass().add("veto-check");
                holds.setSelected(vm.finding(key).isPresent());
                holds.selectedProperty().addListener((o, a, b) -> vm.setHolds(key, b));
                holds.focusedProperty().addListener((o, was, is) -> {
                    if (is) {
                        focused.accept(key);
                    }
                });
                checks.getChildren().add(holds);
            }
            checks.setPrefWrapLength(260);
            HBox row = new HBox(8, text, checks);
            row.setAlignment(Pos.CENTER_LEFT);
            block.getChildren().add(row);
        }
        return block;
    }

    static boolean isWebsiteVeto(Rubric rubric, Veto veto) {
        return rubric.parts().stream()
                .anyMatch(p -> p.name().equals(veto.target()) && p.scope() == Part.Scope.WEBSITE);
    }

    Node view() {
        return scroll;
    }
}
