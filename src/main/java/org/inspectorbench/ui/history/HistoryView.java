package org.inspectorbench.ui.history;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.common.I18n;
import org.inspectorbench.ui.port.HistoryEntry;
import org.inspectorbench.ui.session.UnitSession;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The change log of the selected unit, newest first; reloaded after every stored change. */
public final class HistoryView extends ListView<HistoryEntry> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final WorkbenchViewModel vm;
    private final BackgroundTasks reader;
    private boolean loading;
    private boolean again;

    public HistoryView(WorkbenchViewModel vm, BackgroundTasks reader, I18n i18n) {
        this.vm = vm;
        this.reader = reader;
        setId("history-list");
        getStyleClass().add("history-list");
        setItems(entries);
        setCellFactory(l -> new ListCell<>() {
            {
                // Long item paths wrap inside the panel instead of running off its right edge.
                setWrapText(true);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(HistoryEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : TIME.format(e.at()) + "  " + e.author() + "  " + HistoryText.of(e, i18n));
            }
        });
        i18n.localeProperty().addListener(o -> refresh());
        vm.sessionProperty().addListener(o -> reload());
        vm.revisionProperty().addListener(o -> reload());
    }

    /**
     * One reload at a time: the changes stored while one runs are picked up by one more, not one
     * each (typing a count stores a change per keystroke).
     */
    private void reload() {
        UnitSession s = vm.sessionProperty().get();
        if (s == null) {
            entries.clear();
            return;
        }
        if (loading) {
            again = true;
            return;
        }
        loading = true;
        again = false;
        String unit = s.unit().name();
        reader.run(() -> vm.store().history(unit), list -> {
            loading = false;
            UnitSession now = vm.sessionProperty().get();
            if (now != null && now.unit().name().equals(unit)) {
                show(list);
            }
            if (again) {
                reload();
            }
        }).exceptionally(e -> {
            loading = false;
            return null;
        });
    }

    /** The log is append-only and newest first: usually only new lines go on top. */
    private void show(List<HistoryEntry> list) {
        int added = list.size() - entries.size();
        if (added > 0 && !entries.isEmpty() && list.get(added).seq() == entries.get(0).seq()
                && list.get(list.size() - 1).seq() == entries.get(entries.size() - 1).seq()) {
            entries.addAll(0, list.subList(0, added));
        } else if (!sameSeqs(list)) {
            entries.setAll(list);
        }
    }

    private boolean sameSeqs(List<HistoryEntry> list) {
        if (list.size() != entries.size()) {
            return false;
        }
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).seq() != entries.get(i).seq()) {
                return false;
            }
        }
        return true;
    }
}
