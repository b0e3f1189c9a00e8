package org.inspectorbench.store;

import org.inspectorbench.rubric.Rubric;
import org.inspectorbench.rubric.RubricIndex;
import org.inspectorbench.scoring.FindingsInput;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * An open workspace: the service the workbench, the bundles, the reports and the command line
 * call. Every write method is one user action: one transaction, one history group, one step of
 * undo. Reads never block on anything but a concurrent write of this same workspace.
 *
 * <p>Open with {@link #open}, {@link #create} or {@link #openDefault}; close when done (the lock
 * file says to other programs that the workspace is in use until then).
 */
public final class Workspace implements AutoCloseable {

    /** The body of one user action. */
    @FunctionalInterface
    interface ActionBody<T> {
        T run(Action a) throws SQLException;
    }

    private final Db db;
    private final WorkspaceLock lock;
    private final Clock clock;
    private final HybridClock hlc;
    private final List<Consumer<WorkspaceChange>> listeners = new CopyOnWriteArrayList<>();
    private volatile String author;
    private volatile Catalog catalog;

    /** The campaign data that checks need, read once per open (and after lists are imported). */
    record Catalog(Campaign campaign, RubricText rubricText, Rubric rubric, RubricIndex index,
                   Map<String, Unit> units, Map<Long, String> unitNames, FindingRules rules) {
    }

    Workspace(Db db, WorkspaceLock lock, Clock clock, String author, Revision lastRevision) {
        this.db = db;
        this.lock = lock;
        this.clock = clock;
        this.hlc = new HybridClock(clock, lastRevision);
        this.author = author;
        this.catalog = loadCatalog();
    }

    /** Opens an existing workspace, migrating an older schema; see {@link WorkspaceOpener}. */
    public static Workspace open(Path file) {
        return WorkspaceOpener.open(file, Clock.systemUTC());
    }

    /** Creates a new workspace from a campaign file; {@code inspector} is a name or id. */
    public static Workspace create(Path file, Path campaignFile, String inspector) {
        return WorkspaceOpener.create(file, CampaignSource.load(campaignFile), inspector, Clock.systemUTC());
    }

    /** Creates a new workspace from the sample campaign bundled with the program. */
    public static Workspace createFromSample(Path file, String inspector) {
        return WorkspaceOpener.create(file, CampaignSource.loadSample(), inspector, Clock.systemUTC());
    }

    /** INSPECTOR_WORKSPACE or the per-user default, created from the sample campaign on first use. */
    public static Workspace openDefault() {
        return WorkspaceOpener.openOrCreate(AppDirs.defaultWorkspace(), Clock.systemUTC());
    }

    public Path file() {
        return db.file();
    }

    // ---- campaign ----

    public Campaign campaign() {
        return catalog.campaign();
    }

    /** The frozen rubric the campaign is scored by. */
    public Rubric rubric() {
        return catalog.rubric();
    }

    public RubricIndex rubricIndex() {
        return catalog.index();
    }

    public RubricText rubricText() {
        return catalog.rubricText();
    }

    public List<Unit> units() {
        return List.copyOf(catalog.units().values());
    }

    public Optional<Unit> unit(String name) {
        return Optional.ofNullable(catalog.units().get(name));
    }

    public List<Inspector> inspectors() {
        return db.read(CampaignRows::inspectors);
    }

    /** Who the workspace's edits are by: the author of revision stamps and history entries. */
    public String author() {
        return author;
    }

    /** Switches the author to a known inspector (by id or name), or adds one by that name. */
    public Inspector useInspector(String nameOrId) {
        Inspector who = db.inTransaction(c -> WorkspaceOpener.inspector(c, nameOrId));
        author = who.id();
        return who;
    }

    // ---- findings ----

    public List<Finding> findings(String unit) {
        return db.read(c -> FindingRows.ofUnit(c, unit, false));
    }

    /** Findings including tombstones: what bundles carry. */
    public List<Finding> findingsWithTombstones(String unit) {
        return db.read(c -> FindingRows.ofUnit(c, unit, true));
    }

    public Optional<Finding> finding(String id) {
        return db.read(c -> FindingRows.get(c, id));
    }

    /**
     * Stores a new finding or a new version of one (same id); returns it with its new revision.
     * An unchanged draft stores nothing and returns the finding as it is.
     *
     * @throws WorkspaceException INVALID_INPUT naming what does not fit the rubric or the unit
     */
    public Finding putFinding(FindingDraft draft) {
        FindingDraft checked = catalog.rules().check(draft);
        return act("记录 " + draft.item() + " (" + draft.unit() + ")", a -> {
            Finding current = FindingRows.get(a.c, checked.id()).orElse(null);
            if (current != null && !current.unit().equals(checked.unit())) {
                throw FindingRules.bad("finding " + checked.id() + " belongs to " + current.unit());
            }
            if (current != null && current.sameContent(checked)) {
                return current;
            }
            return FindingVersions.INSTANCE.put(a, current, checked);
        });
    }

    /** Deletes a finding, leaving a tombstone; returns the tombstone. */
    public Finding deleteFinding(String id) {
        return act("删除 finding " + id, a -> {
            Finding current = FindingRows.get(a.c, id).filter(f -> !f.deleted())
                    .orElseThrow(() -> FindingRules.bad("no finding " + id + " (already deleted?)"));
            return FindingVersions.INSTANCE.delete(a, current);
        });
    }

    // ---- evidence, annotations, sampling draws ----

    public WorkspaceEvidence evidence() {
        return new WorkspaceEvidence(this);
    }

    /** The stored 随机抽查 draws of a unit. */
    public List<SamplingDraw> samplingDraws(String unit) {
        return db.read(c -> SamplingDrawVersions.ofUnit(c, unit));
    }

    /**
     * Stores a draw (new when {@code draft.id()} is unknown, else a new version); author, times and
     * revisions of the draft are ignored and set here.
     */
    public SamplingDraw putSamplingDraw(SamplingDraw draft) {
        if (!catalog.units().containsKey(draft.unit()) || catalog.index().item(draft.item()).isEmpty()) {
            throw FindingRules.bad("a sampling draw needs a known unit and item: " + draft.unit() + " / " + draft.item());
        }
        return act("抽样 " + draft.item() + " (" + draft.unit() + ")", a -> SamplingDrawVersions.INSTANCE.put(a,
                SamplingDrawVersions.INSTANCE.load(a.c, draft.id()).orElse(null), draft));
    }

    // ---- history, undo, redo ----

    /** The history of one unit, or of everything when {@code unit} is null, oldest first. */
    public List<HistoryEntry> history(String unit) {
        return db.read(c -> unit == null ? HistoryRows.all(c) : HistoryRows.ofUnit(c, unit));
    }

    public boolean canUndo() {
        return db.read(c -> UndoRedo.top(c, author, "undo")).isPresent();
    }

    public boolean canRedo() {
        return db.read(c -> UndoRedo.top(c, author, "redo")).isPresent();
    }

    /** Takes back this author's last action; returns its label, or empty when there is none. */
    public Optional<String> undo() {
        return step("undo", "redo", Action.Kind.UNDO, "撤销 undo: ");
    }

    /** Does again what the last undo took back; returns its label, or empty when there is none. */
    public Optional<String> redo() {
        return step("redo", "undo", Action.Kind.REDO, "重做 redo: ");
    }

    private Optional<String> step(String from, String to, Action.Kind kind, String prefix) {
        String who = author;
        Optional<String> target = db.read(c -> UndoRedo.top(c, who, from));
        if (target.isEmpty()) {
            return Optional.empty();
        }
        String label = db.read(c -> HistoryRows.group(c, target.get())).stream().findFirst()
                .map(HistoryEntry::label).orElse("");
        String shown = label.startsWith("撤销 undo: ") ? label.substring("撤销 undo: ".length())
                : label.startsWith("重做 redo: ") ? label.substring("重做 redo: ".length()) : label;
        run(kind, prefix + shown, target.get(), a -> UndoRedo.invertTop(a, from, to));
        return Optional.of(shown);
    }

    // ---- the scoring contract ----

    /** Every unit's live findings in the findings format that {@code inspector score} reads. */
    public FindingsInput toFindingsInput() {
        return db.read(c -> FindingsExport.export(c, catalog.index(), u -> true));
    }

    public FindingsInput toFindingsInput(String unit) {
        return db.read(c -> FindingsExport.export(c, catalog.index(), unit::equals));
    }

    /**
     * Stores a findings file, all or nothing; evidence names are relative to {@code evidenceDir}
     * (or images already stored, named {@code <sha256>.<ext>} as export writes them). Then makes
     * the new images' thumbnails.
     */
    public ImportResult importFindings(FindingsInput input, Path evidenceDir, String label) {
        ImportResult r = importFindingsWithoutThumbnails(input, evidenceDir, label);
        ThumbnailRun thumbs = completeThumbnails();
        return new ImportResult(r.added(), r.updated(), r.unchanged(), r.imagesStored(), r.imagesReused(),
                thumbs.made(), thumbs.undecodable());
    }

    /**
     * The import alone: one transaction in which each image is checked quickly (format, header, whole
     * structure) but not decoded; its thumbnail is left for {@link #completeThumbnails}.
     */
    public ImportResult importFindingsWithoutThumbnails(FindingsInput input, Path evidenceDir, String label) {
        Catalog cat = catalog;
        Set<String> hashes = new HashSet<>(db.read(c -> Sql.list(c, "SELECT sha256 FROM evidence", rs -> rs.getString(1))));
        FindingsImport importer = new FindingsImport(cat.rules(), evidenceDir, hashes);
        List<FindingsImport.Planned> planned = importer.plan(input, cat.campaign());
        try (ImagePreparation images = new ImagePreparation(hashes, false)) {
            return bulk(label, a -> importer.apply(a, planned, images));
        }
    }

    /**
     * Makes the thumbnails still missing (after a bulk import, or an import cut short by a crash
     * after its commit), on all cores; safe to call any time, e.g. in the background at start-up.
     */
    public ThumbnailRun completeThumbnails() {
        return ThumbnailBacklog.complete(db);
    }

    /**
     * Adds or updates units, websites and new-media accounts from the lists workbook, all or nothing
     * (see {@link ListsImport}); {@code file} is named in messages.
     */
    public UnitLists.Result importLists(Path file, UnitLists lists) {
        ListsImport.check(file, lists, catalog);
        UnitLists.Result r = act("导入名单 import lists " + file.getFileName(), a -> ListsImport.apply(a, lists));
        reloadCatalog();
        return r;
    }

    /** SQLite's full consistency check: "ok", or the problems it found. */
    public String integrityCheck() {
        List<String> problems = db.read(c -> Sql.list(c, "PRAGMA integrity_check", rs -> rs.getString(1)));
        return String.join("\n", problems);
    }

    // ---- plumbing ----

    public void addListener(Consumer<WorkspaceChange> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<WorkspaceChange> listener) {
        listeners.remove(listener);
    }

    <T> T act(String label, ActionBody<T> body) {
        return run(Action.Kind.DO, label, null, body);
    }

    /**
     * An action that stores many new images at once (a findings import, a bundle import): one
     * transaction like {@link #act}, written through a rollback journal so that its images are
     * written to the disk once, not twice ({@link Db#inBulkTransaction}).
     */
    <T> T bulk(String label, ActionBody<T> body) {
        return run(Action.Kind.DO, label, null, body, true);
    }

    <T> T run(Action.Kind kind, String label, String undoes, ActionBody<T> body) {
        return run(kind, label, undoes, body, false);
    }

    private <T> T run(Action.Kind kind, String label, String undoes, ActionBody<T> body, boolean bulk) {
        String who = author;
        Action[] done = new Action[1];
        Db.Work<T> work = c -> {
            Action a = new Action(c, who, kind, label, clock.instant(), hlc, undoes);
            T r = body.run(a);
            if (a.entries() > 0) {
                if (kind == Action.Kind.DO && a.undoable()) {
                    UndoRedo.recordDone(a);
                }
                Meta.put(c, Meta.LAST_REVISION, hlc.last(who).toString());
            }
            done[0] = a;
            return r;
        };
        T result = bulk ? db.inBulkTransaction(work) : db.inTransaction(work);
        if (done[0].entries() > 0 && !listeners.isEmpty()) {
            Set<String> units = new HashSet<>();
            for (Long id : done[0].unitIds()) {
                units.add(catalog.unitNames().get(id));
            }
            WorkspaceChange change = new WorkspaceChange(label, kind.name().toLowerCase(java.util.Locale.ROOT),
                    Set.copyOf(units));
            listeners.forEach(l -> l.accept(change));
        }
        return result;
    }

    Db db() {
        return db;
    }

    /** HLC receive rule for stamps that arrive in bundles: later edits here sort after them. */
    void observe(Revision seen) {
        hlc.observe(seen);
    }

    /** Re-reads campaign data after it changed (lists import). */
    void reloadCatalog() {
        catalog = loadCatalog();
    }

    private Catalog loadCatalog() {
        return db.read(c -> {
            Campaign campaign = CampaignRows.campaign(c);
            RubricText text = CampaignRows.rubric(c);
            Rubric rubric = text.parse();
            RubricIndex index = RubricIndex.of(rubric);
            Map<String, Unit> units = new LinkedHashMap<>();
            for (Unit u : CampaignRows.units(c)) {
                units.put(u.name(), u);
            }
            Map<Long, String> names = new java.util.HashMap<>();
            for (Object[] row : Sql.list(c, "SELECT id, name FROM unit", rs -> new Object[] {rs.getLong(1), rs.getString(2)})) {
                names.put((Long) row[0], (String) row[1]);
            }
            return new Catalog(campaign, text, rubric, index, units, Map.copyOf(names), new FindingRules(index, units));
        });
    }

    @Override
    public void close() {
        try {
            db.close();
        } finally {
            lock.close();
        }
    }
}
