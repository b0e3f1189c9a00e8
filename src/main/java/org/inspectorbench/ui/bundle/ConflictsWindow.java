package org.inspectorbench.ui.bundle;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The conflicts view: the open conflicts on the left (unit, item/rule, the inspectors); on the right
 * both versions side by side with who, when, from which bundle, the provisional winner marked, the
 * differing fields highlighted, the finding's evidence thumbnails, and the three ways to decide.
 */
public final class ConflictsWindow {

    private ConflictsWindow() {
    }

    public static Stage create(Window owner, ConflictsViewModel vm, List<String> stylesheets) {
        BundleTexts t = vm.texts();
        TableView<ConflictsViewModel.Row> list = new TableView<>(vm.rows());
        list.setId("conflicts-list");
        list.getColumns().add(column(t.get("conflicts.col.unit"), ConflictsViewModel.Row::unit, 110));
        list.getColumns().add(column(t.get("conflicts.col.what"), ConflictsViewModel.Row::what, 220));
        list.getColumns().add(column(t.get("conflicts.col.inspectors"), ConflictsViewModel.Row::inspectors, 130));
        list.setPlaceholder(new Label(t.get("conflicts.none")));
        list.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null && (vm.selectedProperty().get() == null || !vm.selectedProperty().get().id().equals(now.id()))) {
                vm.select(now.id());
            }
        });
        vm.selectedProperty().addListener((o, was, now) -> {
            if (now != null) {
                list.getItems().stream().filter(r -> r.id().equals(now.id())).findFirst()
                        .ifPresent(r -> list.getSelectionModel().select(r));
            }
        });

        Label leftHead = sideHead("conflicts-left-head");
        Label rightHead = sideHead("conflicts-right-head");
        vm.leftProperty().addListener((o, was, now) -> leftHead.setText(describe(t, now, t.get("conflicts.left"))));
        vm.rightProperty().addListener((o, was, now) -> rightHead.setText(describe(t, now, t.get("conflicts.right"))));
        ChoiceBox<Integer> rightSide = new ChoiceBox<>(vm.otherSides());
        rightSide.setId("conflicts-right-side");
        rightSide.visibleProperty().bind(javafx.beans.binding.Bindings.size(vm.otherSides()).greaterThan(1));
        rightSide.managedProperty().bind(rightSide.visibleProperty());
        rightSide.valueProperty().addListener((o, was, now) -> {
            if (now != null) {
                vm.showOnRight(now);
            }
        });

        TableView<ConflictsViewModel.FieldRow> fields = new TableView<>(vm.fields());
        fields.setId("conflicts-fields");
        fields.getColumns().add(column(t.get("conflicts.col.field"), r -> fieldName(t, r.field()), 90));
        fields.getColumns().add(marked(column(t.get("conflicts.left"), ConflictsViewModel.FieldRow::left, 220)));
        fields.getColumns().add(marked(column(t.get("conflicts.right"), ConflictsViewModel.FieldRow::right, 220)));
        fields.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        fields.setPrefHeight(240);

        FlowPane thumbs = new FlowPane(6, 6);
        thumbs.setId("conflicts-thumbnails");
        vm.thumbnailsProperty().addListener((o, was, now) -> showThumbs(thumbs, now));
        Label evidence = new Label(t.get("conflicts.evidence"));

        Button takeLeft = new Button(t.get("conflicts.takeLeft"));
        takeLeft.setId("conflicts-take-left");
        takeLeft.setOnAction(e -> vm.takeLeft());
        Button takeRight = new Button(t.get("conflicts.takeRight"));
        takeRight.setId("conflicts-take-right");
        takeRight.setOnAction(e -> vm.takeRight());
        GridPane editor = new GridPane();
        editor.setHgap(8);
        editor.setVgap(6);
        int row = 0;
        for (String f : ConflictsViewModel.EDITABLE) {
            TextField field = new TextField();
            field.setId("conflicts-merged-" + f);
            field.textProperty().bindBidirectional(vm.merged(f));
            editor.addRow(row++, new Label(fieldName(t, f)), field);
            GridPane.setHgrow(field, Priority.ALWAYS);
        }
        TextField note = new TextField();
        note.setId("conflicts-note");
        note.setPromptText(t.get("conflicts.note.prompt"));
        note.textProperty().bindBidirectional(vm.noteProperty());
        editor.addRow(row, new Label(t.get("conflicts.note")), note);
        Button takeMerged = new Button(t.get("conflicts.takeMerged"));
        takeMerged.setId("conflicts-take-merged");
        takeMerged.setOnAction(e -> vm.takeMerged());
        for (Button b : List.of(takeLeft, takeRight, takeMerged)) {
            b.disableProperty().bind(vm.selectedProperty().isNull().or(vm.busyProperty()));
        }
        HBox heads = new HBox(12, leftHead, rightHead, rightSide);
        HBox.setHgrow(leftHead, Priority.ALWAYS);
        HBox.setHgrow(rightHead, Priority.ALWAYS);
        leftHead.setMaxWidth(Double.MAX_VALUE);
        rightHead.setMaxWidth(Double.MAX_VALUE);
        Label mergedTitle = new Label(t.get("conflicts.merged"));
        VBox detail = new VBox(8, heads, fields, evidence, thumbs, new HBox(10, takeLeft, takeRight),
                mergedTitle, editor, takeMerged);
        detail.setPadding(new Insets(10));

        Label status = new Label();
        status.setId("conflicts-status");
        status.textProperty().bind(vm.statusProperty());
        status.setWrapText(true);
        status.setPadding(new Insets(6, 10, 6, 10));

        SplitPane split = new SplitPane(list, detail);
        split.setDividerPositions(0.4);
        BorderPane root = new BorderPane(split);
        root.setBottom(status);
        root.setId("conflicts-window");
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.setTitle(t.get("conflicts.title"));
        Scene scene = new Scene(root, 1180, 680);
        scene.getStylesheets().addAll(stylesheets);
        stage.setScene(scene);
        return stage;
    }

    private static Label sideHead(String id) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.setStyle("-fx-padding: 6; -fx-border-color: #c8c8c8; -fx-border-radius: 4;");
        return l;
    }

    static String describe(BundleTexts t, ConflictsViewModel.SideInfo s, String title) {
        if (s == null) {
            return "";
        }
        return t.get("conflicts.side", title, s.number(), s.author(), s.time(), String.join("; ", s.bundles()))
                + (s.winner() ? "\n" + t.get("conflicts.winner") : "")
                + (s.deleted() ? "\n" + t.get("conflicts.deleted") : "");
    }

    private static String fieldName(BundleTexts t, String field) {
        String key = "conflicts.field." + field;
        String s = t.get(key);
        return s.startsWith("!") ? field : s;
    }

    private static <R> TableColumn<R, String> column(String title, Function<R, String> value, double width) {
        TableColumn<R, String> c = new TableColumn<>(title);
        c.setCellValueFactory(v -> new ReadOnlyObjectWrapper<>(value.apply(v.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    /** Values that differ between the sides are bold on a light fill. */
    private static TableColumn<ConflictsViewModel.FieldRow, String> marked(
            TableColumn<ConflictsViewModel.FieldRow, String> c) {
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ConflictsViewModel.FieldRow row = empty || getTableRow() == null ? null : getTableRow().getItem();
                setText(empty ? null : item);
                setWrapText(true);
                setStyle(row != null && row.differs() ? "-fx-font-weight: bold; -fx-background-color: #fff3cd;" : "");
            }
        });
        return c;
    }

    private static void showThumbs(FlowPane pane, Map<String, byte[]> thumbs) {
        pane.getChildren().clear();
        thumbs.forEach((sha, jpeg) -> {
            if (jpeg == null) {
                return;
            }
            ImageView v = new ImageView(new Image(new ByteArrayInputStream(jpeg)));
            v.setFitHeight(90);
            v.setPreserveRatio(true);
            v.setId("thumb-" + sha.substring(0, 8));
            pane.getChildren().add(v);
        });
    }
}
