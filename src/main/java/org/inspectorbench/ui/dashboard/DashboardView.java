package org.inspectorbench.ui.dashboard;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.inspectorbench.scoring.Points;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The dashboard: the ranked table (double-click or Enter opens the unit's checklist), the tier
 * counts, a histogram of totals and each inspector's progress; refresh and export to Excel.
 */
public final class DashboardView extends BorderPane {

    private final DashboardViewModel vm;
    private final DashboardText text;
    private final TableView<LeagueRow> league = new TableView<>();
    private final BarChart<String, Number> histogram = new BarChart<>(new CategoryAxis(), new NumberAxis());
    private final FlowPane tiers = new FlowPane(8, 4);
    private final Label title = new Label();

    /**
     * @param exportTarget asks where to write the workbook (a save dialog); empty when cancelled
     */
    public DashboardView(DashboardViewModel vm, DashboardText text, Supplier<Optional<Path>> exportTarget) {
        this.vm = vm;
        this.text = text;
        getStyleClass().add("dashboard");
        setTop(toolbar(exportTarget));
        SplitPane split = new SplitPane(leagueTable(), side());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.58);
        setCenter(split);
        setPadding(new Insets(8));
    }

    private HBox toolbar(Supplier<Optional<Path>> exportTarget) {
        title.setId("dashboard-title");
        title.getStyleClass().add("dashboard-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> text.get("dashboard.title", vm.campaignProperty().get()),
                vm.campaignProperty(), text.i18n().localeProperty()));
        Button refresh = new Button();
        refresh.setId("dashboard-refresh");
        refresh.textProperty().bind(text.text("dashboard.refresh"));
        refresh.setOnAction(e -> vm.refresh());
        Button export = new Button();
        export.setId("dashboard-export");
        export.textProperty().bind(text.text("dashboard.export"));
        export.setOnAction(e -> exportTarget.get().ifPresent(vm::export));
        refresh.disableProperty().bind(vm.busyProperty());
        export.disableProperty().bind(vm.busyProperty());
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(18, 18);
        spinner.visibleProperty().bind(vm.busyProperty());
        Label status = new Label();
        status.setId("dashboard-status");
        status.textProperty().bind(Bindings.createStringBinding(() -> statusText(vm.statusProperty().get()),
                vm.statusProperty(), text.i18n().localeProperty()));
        // The export's percentage and its cancel button, shown while the workbook is written.
        ProgressBar exportBar = new ProgressBar();
        exportBar.setId("dashboard-export-progress");
        exportBar.setPrefWidth(120);
        exportBar.progressProperty().bind(vm.exportProgressProperty());
        Label percent = new Label();
        percent.setId("dashboard-export-percent");
        percent.textProperty().bind(Bindings.createStringBinding(
                () -> Math.round(vm.exportProgressProperty().get() * 100) + "%", vm.exportProgressProperty()));
        Button cancel = new Button();
        cancel.setId("dashboard-export-cancel");
        cancel.textProperty().bind(text.text("dashboard.export.cancel"));
        cancel.setOnAction(e -> vm.cancelExport());
        for (javafx.scene.Node n : List.of(exportBar, percent, cancel)) {
            n.visibleProperty().bind(vm.exportingProperty());
            n.managedProperty().bind(vm.exportingProperty());
        }
        spinner.visibleProperty().unbind();
        spinner.visibleProperty().bind(vm.busyProperty().and(vm.exportingProperty().not()));
        spinner.managedProperty().bind(spinner.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, title, gap, spinner, exportBar, percent, cancel, status, refresh, export);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        bar.setPadding(new Insets(0, 0, 8, 0));
        return bar;
    }

    private String statusText(DashboardViewModel.Status s) {
        return switch (s.kind()) {
            case IDLE -> text.get("dashboard.open.hint");
            case LOADING -> text.get("dashboard.status.loading");
            case EXPORTING -> text.get("dashboard.status.exporting", s.detail());
            case EXPORTED -> text.get("dashboard.status.exported", s.detail());
            case CANCELLED -> text.get("dashboard.status.cancelled", s.detail());
            case FAILED -> text.get("dashboard.status.failed", s.detail());
        };
    }

    private TableView<LeagueRow> leagueTable() {
        league.setId("dashboard-league");
        league.setItems(vm.rows());
        league.getColumns().add(column("dashboard.col.rank", r -> String.valueOf(r.rank()), 48));
        league.getColumns().add(column("dashboard.col.unit", LeagueRow::unit, 150));
        league.getColumns().add(column("dashboard.col.kind", LeagueRow::kind, 70));
        league.getColumns().add(column("dashboard.col.total", r -> Points.round2(r.total()).toPlainString(), 64));
        league.getColumns().add(column("dashboard.col.tier", r -> r.tier() + (r.vetoed() ? " (" + text.get("dashboard.vetoed") + ")" : ""), 110));
        league.getColumns().add(column("dashboard.col.verdicts", LeagueRow::verdicts, 200));
        league.getColumns().add(column("dashboard.col.inspectors", LeagueRow::inspectors, 80));
        league.getColumns().add(column("dashboard.col.progress", r -> text.get("dashboard.state." + r.progress().name()), 70));
        league.setRowFactory(t -> {
            TableRow<LeagueRow> row = new TableRow<>() {
                @Override
                protected void updateItem(LeagueRow item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeIf(c -> c.startsWith("tier-"));
                    if (item != null && !empty) {
                        getStyleClass().add("tier-" + tierIndex(item.tier()));
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    vm.open(row.getItem());
                }
            });
            return row;
        });
        league.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                vm.open(league.getSelectionModel().getSelectedItem());
            }
        });
        return league;
    }

    /** The tier's position among the tier counts (its CSS class "tier-0" ... ), for the row colour. */
    private int tierIndex(String tier) {
        for (int i = 0; i < vm.tierCounts().size(); i++) {
            if (vm.tierCounts().get(i).tier().equals(tier)) {
                return i;
            }
        }
        return -1;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        TableColumn<T, String> c = new TableColumn<>();
        c.textProperty().bind(text.text(key));
        c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private VBox side() {
        Label tiersTitle = heading("dashboard.tiers");
        tiers.setId("dashboard-tiers");
        vm.tierCounts().addListener((ListChangeListener<TierCount>) c -> showTiers());
        showTiers();
        text.i18n().localeProperty().addListener(o -> showTiers());

        Label histTitle = heading("dashboard.histogram");
        histogram.setId("dashboard-histogram");
        histogram.setLegendVisible(false);
        histogram.setAnimated(false);
        histogram.getXAxis().labelProperty().bind(text.text("dashboard.histogram.axis.total"));
        histogram.getYAxis().labelProperty().bind(text.text("dashboard.histogram.axis.units"));
        ((NumberAxis) histogram.getYAxis()).setMinorTickVisible(false);
        ((NumberAxis) histogram.getYAxis()).setTickUnit(1);
        histogram.setPrefHeight(260);
        vm.histogram().addListener((ListChangeListener<Histogram.Bin>) c -> showHistogram());
        showHistogram();

        Label progressTitle = heading("dashboard.progress");
        TableView<InspectorProgress> progress = new TableView<>(vm.inspectors());
        progress.setId("dashboard-progress");
        progress.getColumns().add(column("dashboard.col.inspector", InspectorProgress::inspector, 90));
        progress.getColumns().add(column("dashboard.col.done", p -> String.valueOf(p.done()), 64));
        progress.getColumns().add(column("dashboard.col.inProgress", p -> String.valueOf(p.inProgress()), 64));
        progress.getColumns().add(column("dashboard.col.notStarted", p -> String.valueOf(p.notStarted()), 64));
        progress.getColumns().add(column("dashboard.col.withoutEvidence", p -> String.valueOf(p.findingsWithoutEvidence()), 110));
        progress.setPrefHeight(160);
        VBox box = new VBox(6, tiersTitle, tiers, histTitle, histogram, progressTitle, progress);
        box.setPadding(new Insets(0, 0, 0, 8));
        VBox.setVgrow(histogram, Priority.ALWAYS);
        return box;
    }

    private Label heading(String key) {
        Label l = new Label();
        l.getStyleClass().add("dashboard-heading");
        l.textProperty().bind(text.text(key));
        return l;
    }

    private void showTiers() {
        tiers.getChildren().clear();
        for (int i = 0; i < vm.tierCounts().size(); i++) {
            TierCount t = vm.tierCounts().get(i);
            Label l = new Label(text.get("dashboard.tierCount", t.tier(), t.count()));
            l.getStyleClass().addAll("tier-badge", "tier-" + i);
            tiers.getChildren().add(l);
        }
    }

    private void showHistogram() {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        for (Histogram.Bin b : vm.histogram()) {
            series.getData().add(new XYChart.Data<>(b.label(), b.count()));
        }
        histogram.getData().setAll(java.util.List.of(series));
    }

    /** The title line ("总览 绵阳市2022年..."), for the window's title. */
    public javafx.beans.property.ReadOnlyStringProperty titleProperty() {
        return title.textProperty();
    }

    public TableView<LeagueRow> league() {
        return league;
    }

    public BarChart<String, Number> histogram() {
        return histogram;
    }
}
