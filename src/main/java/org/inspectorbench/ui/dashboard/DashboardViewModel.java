package org.inspectorbench.ui.dashboard;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.inspectorbench.report.ExportProgress;
import org.inspectorbench.report.ReportException;
import org.inspectorbench.ui.common.BackgroundTasks;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * The office's dashboard: the ranked units, how many fall in each tier, a histogram of totals,
 * each inspector's progress, and the Excel export. Reads and the export run on the background
 * worker; results land in the properties on the UI executor.
 */
public final class DashboardViewModel {

    /** Width of a histogram bin, in points. */
    static final int BIN_WIDTH = 10;

    /** What the status line says: nothing, loading, exporting, exported to a file, or a failure. */
    public record Status(Kind kind, String detail) {

        public enum Kind { IDLE, LOADING, EXPORTING, EXPORTED, CANCELLED, FAILED }
    }

    private final DashboardSource source;
    private final BackgroundTasks tasks;
    private final Consumer<String> openUnit;
    private final ObservableList<LeagueRow> rows = FXCollections.observableArrayList();
    private final ObservableList<TierCount> tierCounts = FXCollections.observableArrayList();
    private final ObservableList<Histogram.Bin> histogram = FXCollections.observableArrayList();
    private final ObservableList<InspectorProgress> inspectors = FXCollections.observableArrayList();
    // The read-only views are made once: a view made per call would be garbage once the caller's
    // listener is attached, and the listener would stop hearing changes.
    private final ObservableList<LeagueRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObservableList<TierCount> tierCountsView = FXCollections.unmodifiableObservableList(tierCounts);
    private final ObservableList<Histogram.Bin> histogramView = FXCollections.unmodifiableObservableList(histogram);
    private final ObservableList<InspectorProgress> inspectorsView = FXCollections.unmodifiableObservableList(inspectors);
    private final ReadOnlyObjectWrapper<String> campaign = new ReadOnlyObjectWrapper<>("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyObjectWrapper<Status> status = new ReadOnlyObjectWrapper<>(new Status(Status.Kind.IDLE, null));
    /** The running export's share done, 0..1 (0 when none runs). */
    private final ReadOnlyDoubleWrapper exportProgress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyBooleanWrapper exporting = new ReadOnlyBooleanWrapper();
    private volatile AtomicBoolean cancelExport = new AtomicBoolean();

    /**
     * @param openUnit opens a unit's checklist in the main window (the window's navigation)
     */
    public DashboardViewModel(DashboardSource source, BackgroundTasks tasks, Consumer<String> openUnit) {
        this.source = source;
        this.tasks = tasks;
        this.openUnit = openUnit;
    }

    /** Reads everything again (after edits, a merged bundle, received materials). */
    public CompletableFuture<?> refresh() {
        busy.set(true);
        status.set(new Status(Status.Kind.LOADING, null));
        return tasks.run(() -> Outcome.of(source::load), outcome -> finish(outcome, this::show));
    }

    private void show(DashboardData data) {
        campaign.set(data.campaign());
        rows.setAll(data.rows());
        List<TierCount> counts = new ArrayList<>();
        for (String tier : data.tiers()) {
            counts.add(new TierCount(tier, (int) data.rows().stream().filter(r -> r.tier().equals(tier)).count()));
        }
        tierCounts.setAll(counts);
        List<BigDecimal> totals = data.rows().stream().map(LeagueRow::total).toList();
        histogram.setAll(Histogram.of(totals, data.maxTotal(), BIN_WIDTH));
        inspectors.setAll(data.inspectors());
        status.set(new Status(Status.Kind.IDLE, null));
    }

    /**
     * Writes the Excel league table to {@code file} with its percentage in {@link #exportProgressProperty};
     * {@link #cancelExport} stops it between sheets, leaving no file. The status says where it went,
     * that it was cancelled, or what went wrong.
     */
    public CompletableFuture<?> export(Path file) {
        AtomicBoolean stop = new AtomicBoolean();
        cancelExport = stop;
        busy.set(true);
        exporting.set(true);
        exportProgress.set(0);
        String name = file.getFileName().toString();
        status.set(new Status(Status.Kind.EXPORTING, name));
        ExportProgress progress = new ExportProgress() {
            @Override
            public void update(int done, int total, String current) {
                tasks.deliver(() -> {
                    if (exporting.get()) {
                        exportProgress.set(total == 0 ? 0 : (double) done / total);
                    }
                });
            }

            @Override
            public boolean cancelled() {
                return stop.get();
            }
        };
        return tasks.run(() -> Outcome.of(() -> {
            source.exportXlsx(file, progress);
            return file;
        }), outcome -> {
            exporting.set(false);
            if (outcome.failure() instanceof ReportException r && r.kind() == ReportException.Kind.CANCELLED) {
                busy.set(false);
                exportProgress.set(0);
                status.set(new Status(Status.Kind.CANCELLED, name));
                return;
            }
            exportProgress.set(outcome.failure() == null ? 1 : 0);
            finish(outcome, f -> status.set(new Status(Status.Kind.EXPORTED, f.toString())));
        });
    }

    /** Stops the running export between sheets; nothing is written. */
    public void cancelExport() {
        cancelExport.set(true);
    }

    /**
     * A background result or the failure, both delivered on the UI executor: a failure becomes the
     * status line's message rather than an exception on the worker thread.
     */
    private record Outcome<T>(T value, Exception failure) {

        interface Work<T> {
            T run() throws Exception;
        }

        static <T> Outcome<T> of(Work<T> work) {
            try {
                return new Outcome<>(work.run(), null);
            } catch (Exception e) {
                return new Outcome<>(null, e);
            }
        }
    }

    private <T> void finish(Outcome<T> outcome, Consumer<T> onValue) {
        busy.set(false);
        if (outcome.failure() != null) {
            status.set(new Status(Status.Kind.FAILED, String.valueOf(outcome.failure().getMessage())));
        } else {
            onValue.accept(outcome.value());
        }
    }

    /** Opens the unit's checklist (double-click in the table). */
    public void open(LeagueRow row) {
        if (row != null) {
            openUnit.accept(row.unit());
        }
    }

    public ObservableList<LeagueRow> rows() {
        return rowsView;
    }

    public ObservableList<TierCount> tierCounts() {
        return tierCountsView;
    }

    public ObservableList<Histogram.Bin> histogram() {
        return histogramView;
    }

    public ObservableList<InspectorProgress> inspectors() {
        return inspectorsView;
    }

    public ReadOnlyObjectProperty<String> campaignProperty() {
        return campaign.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty exportProgressProperty() {
        return exportProgress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty exportingProperty() {
        return exporting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Status> statusProperty() {
        return status.getReadOnlyProperty();
    }
}
