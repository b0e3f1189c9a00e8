package org.inspectorbench.ui.history;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.port.HistoryEntry;
import org.inspectorbench.ui.session.UnitSession;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The change log of the selected unit, newest first; reloaded after every stored change. */
public final class HistoryView extends ListView<HistoryEntry> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());
    private final ObservableList<HistoryEntry> entries = FXCollections.observableArrayList();
    private final WorkbenchViewModel vm;
    private final BackgroundTasks reader;

    public HistoryView(WorkbenchViewModel vm, BackgroundTasks reader) {
        this.vm = vm;
        this.reader = reader;
        setId("history-list");
        getStyleClass().add("history-list");
        setItems(entries);
        setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(HistoryEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null
                        : TIME.format(e.at()) + "  " + e.author() + "  " + e.action() + "  " + e.summary());
            }
        });
        vm.sessionProperty().addListener(o -> reload());
        vm.revisionProperty().addListener(o -> reload());
    }

    private void reload() {
        UnitSession s = vm.sessionProperty().get();
        if (s == null) {
            entries.clear();
            return;
        }
        String unit = s.unit().name();
        reader.run(() -> vm.store().history(unit), list -> {
            UnitSession now = vm.sessionProperty().get();
            if (now != null && now.unit().name().equals(unit)) {
                entries.setAll(list);
            }
        });
    }
}
