package org.inspectorbench.ui.bundle;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inspectorbench.bundle.Conflict;
import org.inspectorbench.bundle.ConflictSide;
import org.inspectorbench.bundle.Resolution;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * The open conflicts of the workspace and the one being decided: both versions side by side (left:
 * side 1, the newest; right: side 2, or another one chosen when there are more), their evidence, the
 * provisional winner; "采用左侧", "采用右侧" or a merged value resolve it through
 * {@code Conflicts.resolve}, as a new revision edited from every side.
 */
public final class ConflictsViewModel {

    /** The fields a reviewer reads and may set (bookkeeping fields are shown with the side). */
    static final List<String> FIELDS = List.of("item", "rule", "site", "account", "count", "value", "note", "deleted");
    /** The fields the merged editor offers. */
    static final List<String> EDITABLE = List.of("count", "value", "note");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    /** One line of the list. */
    public record Row(String id, String unit, String what, String inspectors) {
    }

    /** One field of the two sides. */
    public record FieldRow(String field, String left, String right, boolean differs) {
    }

    /** A side as shown: who, when, from which bundles, whether it is the provisional winner. */
    public record SideInfo(int number, String author, String time, List<String> bundles, boolean winner,
                           boolean deleted) {
    }

    private final ConflictService service;
    private final Executor reader;
    private final Executor writer;
    private final Executor fx;
    private final BundleTexts texts;
    private final Consumer<String> resolvedUnit;
    private final List<Conflict> conflicts = new ArrayList<>();
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<FieldRow> fields = FXCollections.observableArrayList();
    private final ObservableList<Integer> otherSides = FXCollections.observableArrayList();
    private final ObservableList<Row> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<FieldRow> fieldsView = FXCollections.unmodifiableObservableList(fields);
    private final ObservableList<Integer> otherSidesView = FXCollections.unmodifiableObservableList(otherSides);
    private final ReadOnlyObjectWrapper<Conflict> selected = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SideInfo> left = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SideInfo> right = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<String, byte[]>> thumbnails = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Map<String, StringProperty> merged = new LinkedHashMap<>();
    private final StringProperty note = new SimpleStringProperty("");
    private int rightNumber = 2;

    /** @param resolvedUnit told the unit of each resolved conflict (the workbench re-reads it) */
    public ConflictsViewModel(ConflictService service, Executor reader, Executor writer, Executor fx, BundleTexts texts,
                              Consumer<String> resolvedUnit) {
        this.service = service;
        this.reader = reader;
        this.writer = writer;
        this.fx = fx;
        this.texts = texts;
        this.resolvedUnit = resolvedUnit;
        EDITABLE.forEach(f -> merged.put(f, new SimpleStringProperty("")));
    }

    /** Reads the open conflicts again; keeps the selection when it is still open. */
    public void refresh() {
        busy.set(true);
        String keep = selected.get() == null ? null : selected.get().id();
        reader.execute(() -> {
            List<Conflict> list;
            try {
                list = service.conflicts();
            } catch (RuntimeException e) {
                String why = String.valueOf(e.getMessage());
                fx.execute(() -> {
                    busy.set(false);
                    status.set(texts.get("conflicts.failed", why));
                });
                return;
            }
            fx.execute(() -> {
                busy.set(false);
                conflicts.clear();
                conflicts.addAll(list);
                rows.setAll(list.stream().map(this::row).toList());
                Conflict again = list.stream().filter(c -> c.id().equals(keep)).findFirst()
                        .orElse(list.isEmpty() ? null : list.get(0));
                select(again == null ? null : again.id());
                if (list.isEmpty()) {
                    status.set(texts.get("conflicts.none"));
                }
            });
        });
    }

    private Row row(Conflict c) {
        Map<String, Object> f = c.side(c.shown()).fields();
        String what = c.key().kind().entity().equals("finding")
                ? f.getOrDefault("item", "") + (f.get("rule") == null ? "" : " / " + texts.get("conflicts.rule", f.get("rule")))
                : c.key().kind().entity() + " " + c.key().recordId();
        List<String> who = c.sides().stream().map(ConflictSide::authorName).distinct().toList();
        return new Row(c.id(), Objects.toString(c.unit(), "—"), what, String.join(" ↔ ", who));
    }

    /** Shows the conflict with this id (null: none). */
    public void select(String id) {
        Conflict c = conflicts.stream().filter(x -> x.id().equals(id)).findFirst().orElse(null);
        selected.set(c);
        rightNumber = 2;
        otherSides.clear();
        if (c == null) {
            fields.clear();
            left.set(null);
            right.set(null);
            thumbnails.set(Map.of());
            return;
        }
        for (int n = 2; n <= c.sides().size(); n++) {
            otherSides.add(n);
        }
        ConflictSide winner = c.side(c.shown());
        EDITABLE.forEach(f -> merged.get(f).set(text(winner.fields().get(f))));
        note.set("");
        show();
        status.set(texts.get("conflicts.selected", c.id(), c.sides().size()));
        reader.execute(() -> {
            Map<String, byte[]> thumbs;
            try {
                thumbs = service.thumbnails(c);
            } catch (RuntimeException e) {
                thumbs = Map.of();
            }
            Map<String, byte[]> result = thumbs;
            fx.execute(() -> {
                if (selected.get() == c) {
                    thumbnails.set(result);
                }
            });
        });
    }

    /** With more than two sides: which one the right column shows. */
    public void showOnRight(int number) {
        Conflict c = selected.get();
        if (c != null && number >= 2 && number <= c.sides().size()) {
            rightNumber = number;
            show();
        }
    }

    private void show() {
        Conflict c = selected.get();
        ConflictSide l = c.side(1);
        ConflictSide r = c.side(rightNumber);
        left.set(info(l));
        right.set(info(r));
        List<FieldRow> out = new ArrayList<>();
        for (String f : FIELDS) {
            if (!l.fields().containsKey(f) && !r.fields().containsKey(f)) {
                continue;
            }
            String a = text(l.fields().get(f));
            String b = text(r.fields().get(f));
            out.add(new FieldRow(f, a, b, !a.equals(b)));
        }
        fields.setAll(out);
    }

    private SideInfo info(ConflictSide s) {
        return new SideInfo(s.number(), s.authorName(), TIME.format(Instant.ofEpochMilli(s.revision().millis())),
                s.bundles().isEmpty() ? List.of(texts.get("conflicts.madeHere")) : s.bundles(), s.shown(), s.deleted());
    }

    private static String text(Object v) {
        return v == null ? "" : String.valueOf(v);
    }

    public void takeLeft() {
        resolve(Resolution.take("1"));
    }

    public void takeRight() {
        resolve(Resolution.take(String.valueOf(rightNumber)));
    }

    /** The merged editor's values over the provisional winner. */
    public void takeMerged() {
        Conflict c = selected.get();
        if (c == null) {
            return;
        }
        ConflictSide base = c.side(c.shown());
        Map<String, String> values = new LinkedHashMap<>();
        for (String f : EDITABLE) {
            String now = merged.get(f).get() == null ? "" : merged.get(f).get().strip();
            if (base.fields().containsKey(f) && !now.equals(text(base.fields().get(f)))) {
                values.put(f, now);
            }
        }
        resolve(new Resolution(String.valueOf(c.shown()), Map.of(), values));
    }

    private void resolve(Resolution r) {
        Conflict c = selected.get();
        if (c == null || busy.get()) {
            return;
        }
        busy.set(true);
        String why = note.get();
        writer.execute(() -> {
            try {
                service.resolve(c.id(), r, why == null || why.isBlank() ? null : why.strip());
            } catch (RuntimeException e) {
                String message = String.valueOf(e.getMessage());
                fx.execute(() -> {
                    busy.set(false);
                    status.set(texts.get("conflicts.failed", message));
                });
                return;
            }
            fx.execute(() -> {
                busy.set(false);
                status.set(texts.get("conflicts.resolved", c.id()));
                if (c.unit() != null) {
                    resolvedUnit.accept(c.unit());
                }
                selected.set(null);
                refreshKeepingStatus();
            });
        });
    }

    private void refreshKeepingStatus() {
        String said = status.get();
        refresh();
        fx.execute(() -> {
            if (!rows.isEmpty()) {
                status.set(said);
            }
        });
    }

    public ObservableList<Row> rows() {
        return rowsView;
    }

    public ObservableList<FieldRow> fields() {
        return fieldsView;
    }

    /** The side numbers the right column can show (2 … n). */
    public ObservableList<Integer> otherSides() {
        return otherSidesView;
    }

    public ReadOnlyObjectProperty<Conflict> selectedProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SideInfo> leftProperty() {
        return left.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SideInfo> rightProperty() {
        return right.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<String, byte[]>> thumbnailsProperty() {
        return thumbnails.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The merged editor's value of {@code field} (count, value, note). */
    public StringProperty merged(String field) {
        return merged.get(field);
    }

    /** The reviewer's note on the resolution (kept in the history). */
    public StringProperty noteProperty() {
        return note;
    }

    public BundleTexts texts() {
        return texts;
    }
}
