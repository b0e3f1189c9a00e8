package org.inspectorbench.ui.units;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.inspectorbench.ui.common.I18n;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/** The left pane: search, filters and the units with their live score. */
public final class UnitsView extends VBox {

    private final ListView<UnitRow> list = new ListView<>();
    private final TextField search = new TextField();

    public UnitsView(UnitsViewModel vm, I18n i18n, List<String> kinds, List<String> tiers, Consumer<UnitRow> onSelect) {
        getStyleClass().add("units-pane");
        setSpacing(6);

        search.setId("unit-search");
        search.promptTextProperty().bind(i18n.text("units.search"));
        search.textProperty().bindBidirectional(vm.searchProperty());

        ComboBox<String> kind = allOr(kinds, i18n.get("units.filter.allKinds"), Function.identity());
        kind.setId("filter-kind");
        kind.valueProperty().addListener((o, a, b) -> vm.kindProperty().set(b == null || b.isEmpty() ? null : b));
        ComboBox<String> tier = allOr(tiers, i18n.get("units.filter.allTiers"), Function.identity());
        tier.setId("filter-tier");
        tier.valueProperty().addListener((o, a, b) -> vm.tierProperty().set(b == null || b.isEmpty() ? null : b));
        ComboBox<VerdictFilter> verdict = new ComboBox<>(FXCollections.observableArrayList(VerdictFilter.values()));
        verdict.setId("filter-verdict");
        verdict.setConverter(converter(v -> i18n.get(v.messageKey())));
        verdict.valueProperty().bindBidirectional(vm.verdictProperty());
        i18n.localeProperty().addListener(o -> verdict.setConverter(converter(v -> i18n.get(v.messageKey()))));

        CheckBox mine = new CheckBox();
        mine.setId("filter-mine");
        mine.textProperty().bind(i18n.text("units.filter.mine"));
        mine.selectedProperty().bindBidirectional(vm.mineProperty());
        CheckBox notStarted = new CheckBox();
        notStarted.setId("filter-not-started");
        notStarted.textProperty().bind(i18n.text("units.filter.notStarted"));
        notStarted.selectedProperty().bindBidirectional(vm.notStartedProperty());

        FlowPane filters = new FlowPane(6, 6, kind, tier, verdict, mine, notStarted);
        filters.getStyleClass().add("filters");

        list.setId("units-list");
        list.setItems(vm.visible());
        list.setCellFactory(l -> new UnitCell(i18n));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                onSelect.accept(b);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);

        Label count = new Label();
        count.getStyleClass().add("muted");
        count.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("units.count", vm.visible().size(), vm.rows().size()),
                vm.visible(), vm.rows(), i18n.localeProperty()));

        getChildren().addAll(search, filters, list, count);
    }

    private static <T> StringConverter<T> converter(Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    /** A combo whose first entry (the empty string) means "any". */
    private static ComboBox<String> allOr(List<String> values, String anyText, Function<String, String> show) {
        List<String> all = new ArrayList<>();
        all.add("");
        all.addAll(values);
        ComboBox<String> box = new ComboBox<>(FXCollections.observableArrayList(all));
        box.setConverter(converter(s -> s.isEmpty() ? anyText : show.apply(s)));
        box.getSelectionModel().selectFirst();
        return box;
    }

    public ListView<UnitRow> list() {
        return list;
    }

    public void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    public void focusList() {
        list.requestFocus();
    }
}
