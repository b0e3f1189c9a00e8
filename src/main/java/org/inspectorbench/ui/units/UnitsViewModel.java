package org.inspectorbench.ui.units;

import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import org.inspectorbench.rubric.Item;
import org.inspectorbench.rubric.Part;
import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.rubric.Section;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/** The units list: every unit with its live score, filtered by kind, tier, verdict, "mine", "not started", name. */
public final class UnitsViewModel {

    /*
     * No extractor: a row's score changing is not a list change (which would make the list view
     * re-render every visible row); each cell follows its own row, and the filter is re-run only
     * when the changed row moves in or out of it.
     */
    private final ObservableList<UnitRow> rows = FXCollections.observableArrayList();
    private final java.util.Map<String, UnitRow> byName = new java.util.HashMap<>();
    private final FilteredList<UnitRow> visible = new FilteredList<>(rows);
    private final ObjectProperty<String> kind = new SimpleObjectProperty<>();
    private final ObjectProperty<String> tier = new SimpleObjectProperty<>();
    private final ObjectProperty<VerdictFilter> verdict = new SimpleObjectProperty<>(VerdictFilter.ALL);
    private final BooleanProperty mine = new SimpleBooleanProperty();
    private final BooleanProperty notStarted = new SimpleBooleanProperty();
    private final StringProperty search = new SimpleStringProperty("");
    private String inspector;
    private Predicate<UnitRow> filter = row -> true;

    public UnitsViewModel() {
        for (Observable o : List.of(kind, tier, verdict, mine, notStarted, search)) {
            o.addListener(ignored -> refilter());
        }
    }

    public void load(Rubric rubric, String currentInspector, List<UnitInfo> units) {
        inspector = currentInspector;
        rows.setAll(units.stream().map(u -> new UnitRow(u, applicableItems(rubric, u))).toList());
        byName.clear();
        rows.forEach(r -> byName.put(r.name(), r));
        refilter();
    }

    /** Sets a unit's live score and progress (after loading or after any edit). */
    public void update(String unit, ScoreSnapshot score, Collection<FindingRecord> findings) {
        Set<String> touched = new HashSet<>();
        for (FindingRecord f : findings) {
            if (!f.veto()) {
                touched.add(f.item());
            }
        }
        UnitRow row = byName.get(unit);
        if (row == null) {
            return;
        }
        boolean shownBefore = filter.test(row);
        row.update(score, touched.size());
        if (filter.test(row) != shownBefore) {
            refilter();
        }
    }

    static int applicableItems(Rubric rubric, UnitInfo unit) {
        int n = 0;
        for (Part part : rubric.parts()) {
            for (Section section : part.sections()) {
                for (Item item : section.items()) {
                    if (item.applicability() == null || item.applicability().appliesTo(unit.kind(), unit.tags())) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private void refilter() {
        filter = predicate();
        visible.setPredicate(filter);
    }

    Predicate<UnitRow> predicate() {
        String k = kind.get();
        String t = tier.get();
        VerdictFilter v = verdict.get();
        boolean onlyMine = mine.get();
        boolean onlyNew = notStarted.get();
        String q = search.get() == null ? "" : search.get().trim().toLowerCase(Locale.ROOT);
        return row -> (k == null || k.equals(row.unit().kind()))
                && (t == null || (row.score() != null && t.equals(row.score().tier())))
                && matches(v, row)
                && (!onlyMine || (inspector != null && inspector.equals(row.unit().assignee())))
                && (!onlyNew || !row.started())
                && (q.isEmpty() || row.name().toLowerCase(Locale.ROOT).contains(q));
    }

    private static boolean matches(VerdictFilter v, UnitRow row) {
        ScoreSnapshot s = row.score();
        return switch (v == null ? VerdictFilter.ALL : v) {
            case ALL -> true;
            case PASS -> s != null && !s.vetoed() && !row.anyPartFailed();
            case FAILED -> row.anyPartFailed();
            case VETOED -> s != null && s.vetoed();
        };
    }

    public ObservableList<UnitRow> rows() {
        return rows;
    }

    public ObservableList<UnitRow> visible() {
        return visible;
    }

    public ObjectProperty<String> kindProperty() {
        return kind;
    }

    public ObjectProperty<String> tierProperty() {
        return tier;
    }

    public ObjectProperty<VerdictFilter> verdictProperty() {
        return verdict;
    }

    public BooleanProperty mineProperty() {
        return mine;
    }

    public BooleanProperty notStartedProperty() {
        return notStarted;
    }

    public StringProperty searchProperty() {
        return search;
    }

    static String pathKey(Part part, Section section, Item item) {
        return RubricIndex.pathOf(part, section, item);
    }
}
