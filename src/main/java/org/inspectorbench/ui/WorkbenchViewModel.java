package org.inspectorbench.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.port.CampaignInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.ScoreSnapshot;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.UnitScorer;
import org.inspectorbench.ui.port.WorkbenchStore;
import org.inspectorbench.ui.session.EditOutcome;
import org.inspectorbench.ui.session.FindingKey;
import org.inspectorbench.ui.session.ScoreDiff;
import org.inspectorbench.ui.session.UnitSession;
import org.inspectorbench.ui.units.UnitsViewModel;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The workbench's state: the campaign, the unit being edited and its live score. Edits rescore at
 * once on the calling (FX) thread; the store write is queued on the background writer.
 */
public final class WorkbenchViewModel {

    private final WorkbenchStore store;
    private final UnitScorer scorer;
    private final BackgroundTasks tasks;
    private final UnitsViewModel units = new UnitsViewModel();
    private final ReadOnlyObjectWrapper<CampaignInfo> campaign = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UnitSession> session = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<UnitInfo> selecting = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ScoreSnapshot> score = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<EditOutcome> lastEdit = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper ready = new ReadOnlyBooleanWrapper();
    /** Bumped by every store write and undo/redo; the history panel reloads on it. */
    private final ReadOnlyObjectWrapper<Long> revision = new ReadOnlyObjectWrapper<>(0L);
    private long selectGeneration;
    /** An edit typed but not yet committed (a note being written): committed before the unit changes. */
    private Runnable pendingEdit;

    public WorkbenchViewModel(WorkbenchStore store, UnitScorer scorer, BackgroundTasks tasks) {
        this.store = store;
        this.scorer = scorer;
        this.tasks = tasks;
    }

    /**
     * The campaign, every unit, their findings and scores, as the units list starts from. Read and
     * scored on any thread but the FX thread: at start-up, while the toolkit is still starting.
     */
    public record Snapshot(CampaignInfo campaign, List<UnitInfo> units, Map<String, List<FindingRecord>> findings,
                           Map<String, ScoreSnapshot> scores) {

        public static Snapshot read(WorkbenchStore store, UnitScorer scorer) {
            CampaignInfo campaign = store.campaign();
            List<UnitInfo> units = store.units();
            Map<String, List<FindingRecord>> findings = store.allFindings();
            Map<String, ScoreSnapshot> scores = new java.util.HashMap<>();
            for (UnitInfo u : units) {
                scores.put(u.name(), scorer.score(campaign, u, findings.getOrDefault(u.name(), List.of())));
            }
            return new Snapshot(campaign, units, findings, scores);
        }
    }

    /** Loads the campaign and every unit's score; completes when the units list is filled. */
    public CompletableFuture<?> load() {
        return tasks.run(() -> Snapshot.read(store, scorer), this::load);
    }

    /** Fills the units list from a snapshot read before (on the FX thread). */
    public void load(Snapshot loaded) {
        campaign.set(loaded.campaign());
        units.load(loaded.campaign().rubric(), loaded.campaign().inspector(), loaded.units());
        for (UnitInfo u : loaded.units()) {
            units.update(u.name(), loaded.scores().get(u.name()), loaded.findings().getOrDefault(u.name(), List.of()));
        }
        ready.set(true);
    }

    /** Opens a unit for editing; a slower earlier selection that finishes late is ignored. */
    public CompletableFuture<?> select(UnitInfo unit) {
        flushPendingEdit();
        long generation = ++selectGeneration;
        selecting.set(unit);
        return tasks.run(() -> store.findings(unit.name()), found -> {
            if (generation == selectGeneration) {
                open(new UnitSession(campaign.get(), unit, scorer, found));
            }
        });
    }

    private void open(UnitSession s) {
        session.set(s);
        score.set(s.score());
        lastEdit.set(null);
        units.update(s.unit().name(), s.score(), s.list());
    }

    /**
     * A field whose text is committed on Enter or when it loses focus registers here while it has
     * focus, so that switching units (Alt+Down, the dashboard), undo or closing the window commits
     * it to the unit it was typed for instead of losing it.
     */
    public void holdPendingEdit(Runnable commit) {
        pendingEdit = commit;
    }

    public void releasePendingEdit(Runnable commit) {
        if (pendingEdit == commit) {
            pendingEdit = null;
        }
    }

    public void flushPendingEdit() {
        Runnable commit = pendingEdit;
        if (commit != null) {
            commit.run();
        }
    }

    public void setHolds(FindingKey key, boolean holds) {
        apply(current().flatMap(s -> s.setHolds(key, holds)));
    }

    public void setCount(FindingKey key, int count) {
        apply(current().flatMap(s -> s.setCount(key, Math.max(0, count))));
    }

    public void setValue(FindingKey key, String value) {
        apply(current().flatMap(s -> s.setValue(key, value)));
    }

    public void setNote(FindingKey key, String note) {
        apply(current().flatMap(s -> s.setNote(key, note)));
    }

    public Optional<FindingRecord> finding(FindingKey key) {
        return current().flatMap(s -> s.finding(key));
    }

    private Optional<UnitSession> current() {
        return Optional.ofNullable(session.get());
    }

    private void apply(Optional<UnitSession.Write> write) {
        if (write.isEmpty()) {
            return;
        }
        UnitSession s = session.get();
        ScoreSnapshot before = score.get();
        ScoreSnapshot after = s.score();
        if (before != after) {
            score.set(after);
            lastEdit.set(outcome(EditOutcome.Kind.EDIT, before, after));
            units.update(s.unit().name(), after, s.list());
        }
        UnitSession.Write w = write.get();
        tasks.run(() -> {
            if (w.finding() != null) {
                store.put(w.finding());
            } else {
                store.delete(w.deletedId());
            }
            return true;
        }, ok -> revision.set(revision.get() + 1)).exceptionally(e -> {
            // The store refused or failed: show what is really stored rather than a phantom edit.
            reloadCurrent();
            return null;
        });
    }

    private static EditOutcome outcome(EditOutcome.Kind kind, ScoreSnapshot before, ScoreSnapshot after) {
        return new EditOutcome(kind, ScoreDiff.itemChanges(before, after),
                before == null ? null : before.total(), after.total(),
                before == null ? null : before.tier(), after.tier());
    }

    public CompletableFuture<?> undo() {
        return history(EditOutcome.Kind.UNDO);
    }

    public CompletableFuture<?> redo() {
        return history(EditOutcome.Kind.REDO);
    }

    private CompletableFuture<?> history(EditOutcome.Kind kind) {
        flushPendingEdit();
        return tasks.run(() -> {
            Optional<WorkbenchStore.Undone> done = kind == EditOutcome.Kind.UNDO ? store.undo() : store.redo();
            if (done.isEmpty()) {
                return null;
            }
            Map<String, List<FindingRecord>> reloaded = new java.util.LinkedHashMap<>();
            for (String u : done.get().units()) {
                reloaded.put(u, store.findings(u));
            }
            return reloaded;
        }, reloaded -> {
            if (reloaded == null) {
                return;
            }
            revision.set(revision.get() + 1);
            reloaded.forEach((name, found) -> units.rows().stream().filter(r -> r.name().equals(name))
                    .findFirst().ifPresent(row -> reopen(kind, row.unit(), found)));
        });
    }

    private void reopen(EditOutcome.Kind kind, UnitInfo unit, List<FindingRecord> found) {
        UnitSession fresh = new UnitSession(campaign.get(), unit, scorer, found);
        UnitSession now = session.get();
        if (now != null && now.unit().name().equals(unit.name())) {
            ScoreSnapshot before = score.get();
            open(fresh);
            lastEdit.set(outcome(kind, before, fresh.score()));
        } else {
            units.update(unit.name(), fresh.score(), fresh.list());
        }
    }

    /**
     * Re-reads the findings of {@code names} (after a bundle import or a conflict resolution changed
     * them outside the inspector's edits): their rows and, when one is open, its checklist and score.
     */
    public CompletableFuture<?> reloadUnits(java.util.Collection<String> names) {
        List<String> wanted = List.copyOf(names);
        return tasks.run(() -> {
            Map<String, List<FindingRecord>> reloaded = new java.util.LinkedHashMap<>();
            for (String u : wanted) {
                reloaded.put(u, store.findings(u));
            }
            return reloaded;
        }, reloaded -> {
            revision.set(revision.get() + 1);
            reloaded.forEach((name, found) -> units.rows().stream().filter(r -> r.name().equals(name))
                    .findFirst().ifPresent(row -> {
                        UnitSession fresh = new UnitSession(campaign.get(), row.unit(), scorer, found);
                        UnitSession now = session.get();
                        if (now != null && now.unit().name().equals(name)) {
                            open(fresh);
                        } else {
                            units.update(name, fresh.score(), fresh.list());
                        }
                    }));
        });
    }

    private void reloadCurrent() {
        UnitSession s = session.get();
        if (s != null) {
            select(s.unit());
        }
    }

    public UnitsViewModel units() {
        return units;
    }

    public WorkbenchStore store() {
        return store;
    }

    public ReadOnlyObjectProperty<CampaignInfo> campaignProperty() {
        return campaign.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UnitSession> sessionProperty() {
        return session.getReadOnlyProperty();
    }

    /** The unit being opened (set when chosen, before its session opens): lets others start reading at once. */
    public ReadOnlyObjectProperty<UnitInfo> selectingProperty() {
        return selecting.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ScoreSnapshot> scoreProperty() {
        return score.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EditOutcome> lastEditProperty() {
        return lastEdit.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readyProperty() {
        return ready.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Long> revisionProperty() {
        return revision.getReadOnlyProperty();
    }
}
