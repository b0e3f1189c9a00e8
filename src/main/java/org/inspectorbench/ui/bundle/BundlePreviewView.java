package org.inspectorbench.ui.bundle;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

import java.util.function.Function;

/**
 * The one preview of bundles before import, for the File menu's window and for a double-clicked
 * bundle: per bundle the author (certificate subject), the signature state, what importing does per
 * unit (new / updated / unchanged / conflict records and evidence), or the refusal and its reason.
 */
public final class BundlePreviewView extends ScrollPane {

    private final BundleImportViewModel vm;
    private final BundleTexts texts;
    private final VBox content = new VBox(14);

    public BundlePreviewView(BundleImportViewModel vm) {
        this.vm = vm;
        this.texts = vm.texts();
        setId("bundle-preview");
        setFitToWidth(true);
        content.setPadding(new Insets(10));
        setContent(content);
        vm.previews().addListener((ListChangeListener<BundlePreview>) c -> rebuild());
        rebuild();
    }

    private void rebuild() {
        content.getChildren().clear();
        for (BundlePreview p : vm.previews()) {
            content.getChildren().add(section(p));
        }
    }

    private VBox section(BundlePreview p) {
        Label title = new Label(p.fileName());
        title.getStyleClass().add("bundle-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 1.1em;");
        VBox box = new VBox(6, title);
        box.getStyleClass().add("bundle-preview-item");
        if (!p.accepted()) {
            Label refusal = new Label(texts.get("preview.refused", p.refusal()));
            refusal.setWrapText(true);
            refusal.getStyleClass().add("error-text");
            refusal.setStyle("-fx-text-fill: #b00020;");
            refusal.setId("bundle-refusal");
            box.getChildren().add(refusal);
            return box;
        }
        GridPane facts = new GridPane();
        facts.setHgap(10);
        facts.setVgap(4);
        int row = 0;
        row = fact(facts, row, "preview.author", p.author());
        row = fact(facts, row, "preview.subject", p.subject());
        row = fact(facts, row, "preview.signature", texts.get(p.trusted() ? "preview.signature.trusted"
                : "preview.signature.valid", p.fingerprint().substring(0, Math.min(16, p.fingerprint().length()))));
        row = fact(facts, row, "preview.kind", texts.get("preview.kind." + p.kind().json()));
        fact(facts, row, "preview.images", texts.get("preview.images.counts", p.newImages(), p.knownImages()));
        box.getChildren().add(facts);
        if (!p.changes()) {
            Label known = new Label(texts.get(p.alreadyImported() ? "preview.already" : "preview.noChange"));
            known.setId("bundle-known");
            box.getChildren().add(known);
        }
        box.getChildren().add(table(p));
        return box;
    }

    private int fact(GridPane grid, int row, String key, String value) {
        Label v = new Label(value);
        v.setWrapText(true);
        grid.addRow(row, new Label(texts.get(key)), v);
        return row + 1;
    }

    private TableView<BundlePreview.UnitCounts> table(BundlePreview p) {
        TableView<BundlePreview.UnitCounts> t = new TableView<>();
        t.setId("bundle-units");
        t.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<BundlePreview.UnitCounts, String> unit = new TableColumn<>(texts.get("preview.col.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().unit()));
        unit.setPrefWidth(150);
        TableColumn<BundlePreview.UnitCounts, Long> records = new TableColumn<>(texts.get("preview.col.records"));
        records.getColumns().add(count("preview.col.new", BundlePreview.UnitCounts::recordsNew));
        records.getColumns().add(count("preview.col.updated", BundlePreview.UnitCounts::recordsUpdated));
        records.getColumns().add(count("preview.col.unchanged", BundlePreview.UnitCounts::recordsUnchanged));
        records.getColumns().add(count("preview.col.conflict", BundlePreview.UnitCounts::recordsConflict));
        TableColumn<BundlePreview.UnitCounts, Long> evidence = new TableColumn<>(texts.get("preview.col.evidence"));
        evidence.getColumns().add(count("preview.col.new", BundlePreview.UnitCounts::evidenceNew));
        evidence.getColumns().add(count("preview.col.updated", BundlePreview.UnitCounts::evidenceUpdated));
        evidence.getColumns().add(count("preview.col.unchanged", BundlePreview.UnitCounts::evidenceUnchanged));
        evidence.getColumns().add(count("preview.col.conflict", BundlePreview.UnitCounts::evidenceConflict));
        t.getColumns().add(unit);
        t.getColumns().add(records);
        t.getColumns().add(evidence);
        t.getItems().setAll(p.units());
        t.setPlaceholder(new Label(texts.get("preview.noRecords")));
        t.setFixedCellSize(26);
        t.setPrefHeight(60 + 26 * Math.min(8, Math.max(1, p.units().size())));
        return t;
    }

    private TableColumn<BundlePreview.UnitCounts, Long> count(String key,
                                                              Function<BundlePreview.UnitCounts, Long> value) {
        TableColumn<BundlePreview.UnitCounts, Long> c = new TableColumn<>(texts.get(key));
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        c.setPrefWidth(62);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }
}
