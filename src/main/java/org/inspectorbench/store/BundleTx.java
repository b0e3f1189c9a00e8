package org.inspectorbench.store;

import org.inspectorbench.evidence.Thumbnail;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the bundle package reads and writes in a workspace, inside ONE transaction: the versions of
 * records, their heads, provenance, evidence, and the bundles sent and received. A bundle import
 * is one user action ({@link #write}): it is stored entirely or not at all, it is logged in the
 * history, and it is not undoable (a reviewer resolves conflicts instead).
 */
public final class BundleTx {

    /** Work done with a transaction. */
    @FunctionalInterface
    public interface Body<T> {
        T run(BundleTx tx) throws SQLException;
    }

    /** A bundle this workspace has imported. */
    public record Received(String bundleId, String kind, long seq, String authorId, String authorName,
                           String certificateSha256, String createdAt, String importedAt, String fileName,
                           String summaryJson) {
    }

    /** A bundle this workspace has written; {@code upToSeq} is the last version it covered. */
    public record Exported(String bundleId, String kind, long seq, String createdAt, long sinceSeq, long upToSeq,
                           String fileName) {
    }

    /** A thumbnail as stored (JPEG). */
    public record Thumb(String format, int width, int height, byte[] bytes) {
    }

    private final Workspace ws;
    private final Connection c;
    private final Action action;

    private BundleTx(Workspace ws, Connection c, Action action) {
        this.ws = ws;
        this.c = c;
        this.action = action;
    }

    /** Runs {@code body} as one logged, non-undoable action of the workspace's author. */
    public static <T> T write(Workspace ws, String label, Body<T> body) {
        return write(ws, label, body, false);
    }

    /**
     * As {@link #write}, for an import that may add hundreds of megabytes of images: the one
     * transaction runs with a rollback journal, so the images are written to the disk once
     * (docs/workspace.md, "Bulk imports").
     */
    public static <T> T bulkWrite(Workspace ws, String label, Body<T> body) {
        return write(ws, label, body, true);
    }

    private static <T> T write(Workspace ws, String label, Body<T> body, boolean bulk) {
        try {
            Workspace.ActionBody<T> work = a -> {
                BundleTx tx = new BundleTx(ws, a.c, a);
                T result = body.run(tx);
                // An entry of an entity that undo does not know: the action is not undoable.
                a.log("bundle", label, null, null, null);
                return result;
            };
            return bulk ? ws.bulk(label, work) : ws.act(label, work);
        } finally {
            ws.reloadCatalog();
        }
    }

    /** Runs {@code body} on one consistent snapshot, writing nothing. */
    public static <T> T read(Workspace ws, Body<T> body) {
        return ws.db().read(c -> body.run(new BundleTx(ws, c, null)));
    }

    public Workspace workspace() {
        return ws;
    }

    /** Who acts: the workspace's current inspector id. */
    public String author() {
        return action == null ? ws.author() : action.author;
    }

    public Instant now() {
        return action == null ? Instant.now() : action.at;
    }

    public Revision newRevision() {
        return writing().newRevision();
    }

    /** HLC receive rule: the workspace's next stamps sort after {@code seen}. */
    public void observe(Revision seen) {
        ws.observe(seen);
    }

    // ---- versions ----

    public List<RecordVersion> versions(RecordVersion.Key key) throws SQLException {
        return BundleRows.versions(c, key);
    }

    public List<RecordVersion> allVersions() throws SQLException {
        return BundleRows.allVersions(c);
    }

    /** The sequence number of the latest version known here (a local counter, for "--since last"). */
    public long lastVersionSeq() throws SQLException {
        return BundleRows.lastSeq(c);
    }

    /**
     * Records with a version recorded after {@code seq}; with {@code madeHere}, only versions made in
     * this workspace (not those received in bundles).
     */
    public Set<RecordVersion.Key> keysChangedAfter(long seq, boolean madeHere) throws SQLException {
        return BundleRows.keysAfter(c, seq, madeHere);
    }

    public List<Revision> heads(RecordVersion.Key key) throws SQLException {
        return BundleRows.heads(c, key);
    }

    public Map<RecordVersion.Key, List<Revision>> conflictedHeads() throws SQLException {
        return BundleRows.multiHeaded(c);
    }

    /**
     * Versions for the rows edited in this workspace since versions were last recorded (by the
     * workbench or the command line, through the ordinary store API). Intermediate local edits
     * that nobody else has seen are folded into one version edited from the head that was shown,
     * so that ancestry stays complete without them. Nothing is written.
     */
    public List<RecordVersion> pendingLocalVersions() throws SQLException {
        List<RecordVersion> out = new ArrayList<>();
        for (RecordKind kind : RecordKind.values()) {
            for (String id : BundleRows.unsyncedIds(c, kind)) {
                RecordVersion.Key key = new RecordVersion.Key(kind, id);
                RecordStates.Loaded state = RecordStates.load(c, key).orElseThrow();
                List<Revision> heads = BundleRows.heads(c, key);
                List<Revision> parents = heads.isEmpty() ? List.of() : List.of(heads.get(0));
                out.add(new RecordVersion(kind, id, state.revision(), parents, state.unit(), state.deleted(),
                        state.json()));
            }
        }
        return out;
    }

    /** Records {@link #pendingLocalVersions()}; returns them. */
    public List<RecordVersion> syncLocalVersions() throws SQLException {
        writing();
        List<RecordVersion> pending = pendingLocalVersions();
        for (RecordVersion v : pending) {
            BundleRows.insertVersion(c, v);
            List<Revision> heads = new ArrayList<>(BundleRows.heads(c, v.key()));
            heads.removeAll(v.parents());
            heads.add(v.revision());
            BundleRows.setHeads(c, v.key(), heads);
        }
        return pending;
    }

    /** Adds a version (a known one is left as it is); returns true when it was new here. */
    public boolean addVersion(RecordVersion v) throws SQLException {
        writing();
        return BundleRows.insertVersion(c, v);
    }

    public void setHeads(RecordVersion.Key key, List<Revision> heads) throws SQLException {
        writing();
        BundleRows.setHeads(c, key, heads);
    }

    public void addProvenance(RecordVersion.Key key, Revision revision, String bundleId) throws SQLException {
        writing();
        BundleRows.addProvenance(c, key, revision, bundleId);
    }

    /** For each version of the record that arrived in bundles: the bundle ids, first received first. */
    public Map<Revision, List<String>> provenance(RecordVersion.Key key) throws SQLException {
        return BundleRows.provenance(c, key);
    }

    /** The record's current row as state JSON, if there is one. */
    public Optional<RecordStates.Loaded> current(RecordVersion.Key key) throws SQLException {
        return RecordStates.load(c, key);
    }

    /** Writes {@code v}'s state as the record's current row, logging before and after in the history. */
    public void materialize(RecordVersion v) throws SQLException {
        Action a = writing();
        String before = RecordStates.load(c, v.key()).map(RecordStates.Loaded::json).orElse(null);
        Long unitId = RecordStates.store(c, v.kind(), v.stateJson());
        a.log(v.kind().entity(), v.recordId(), unitId, before, v.stateJson());
    }

    // ---- evidence ----

    public Set<String> evidenceHashes() throws SQLException {
        return new HashSet<>(Sql.list(c, "SELECT sha256 FROM evidence", rs -> rs.getString(1)));
    }

    public Optional<EvidenceMeta> evidenceMeta(String sha256) throws SQLException {
        return EvidenceRows.meta(c, sha256);
    }

    public List<EvidenceMeta> allEvidence() throws SQLException {
        List<EvidenceMeta> out = new ArrayList<>();
        for (String sha : Sql.list(c, "SELECT sha256 FROM evidence ORDER BY sha256", rs -> rs.getString(1))) {
            out.add(EvidenceRows.meta(c, sha).orElseThrow());
        }
        return out;
    }

    public Optional<byte[]> evidenceBytes(String sha256) throws SQLException {
        return EvidenceRows.bytes(c, sha256);
    }

    public Optional<Thumb> thumbnail(String sha256) throws SQLException {
        return BundleRows.thumb(c, sha256);
    }

    /** The format name thumbnails are stored in. */
    public static String thumbnailFormat() {
        return Thumbnail.FORMAT;
    }

    /** Stores received image bytes with their metadata; false when the same bytes were stored already. */
    public boolean storeEvidence(EvidenceMeta meta, byte[] bytes, Thumb thumb) throws SQLException {
        writing();
        return BundleRows.insertEvidence(c, meta, bytes, thumb);
    }

    /** Replaces where-it-came-from metadata of a stored image (merging picks one deterministically). */
    public void replaceEvidenceMeta(EvidenceMeta meta) throws SQLException {
        writing();
        BundleRows.updateEvidenceMeta(c, meta);
    }

    // ---- campaign ----

    /** The source JSON of the campaign as created (the campaign file's content). */
    public String campaignSourceJson() throws SQLException {
        return Sql.one(c, "SELECT source_json FROM campaign", rs -> rs.getString(1)).orElseThrow();
    }

    public List<Inspector> inspectors() throws SQLException {
        return CampaignRows.inspectors(c);
    }

    public List<Unit> units() throws SQLException {
        return CampaignRows.units(c);
    }

    /** Live assignments: unit name to the ids of the inspectors assigned to it. */
    public Map<String, Set<String>> liveAssignments() throws SQLException {
        Map<String, Set<String>> out = new TreeMap<>();
        for (String[] row : Sql.list(c, "SELECT u.name, a.inspector_id FROM assignment a JOIN unit u ON u.id = a.unit_id"
                + " WHERE a.deleted = 0", rs -> new String[] {rs.getString(1), rs.getString(2)})) {
            out.computeIfAbsent(row[0], k -> new TreeSet<>()).add(row[1]);
        }
        return out;
    }

    /** Adds an inspector the workspace does not know yet (from an office bundle). */
    public boolean ensureInspector(Inspector who) throws SQLException {
        writing();
        if (Sql.count(c, "SELECT count(*) FROM inspector WHERE id = ?", who.id()) > 0) {
            return false;
        }
        Sql.update(c, "INSERT INTO inspector (id, name) VALUES (?, ?)", who.id(), who.name());
        return true;
    }

    /** Adds a unit, website or account the workspace does not know yet (an office's list grew). */
    public boolean ensureUnit(String name, String kind, List<String> tags) throws SQLException {
        writing();
        if (CampaignRows.unitId(c, name).isPresent()) {
            return false;
        }
        Sql.update(c, "INSERT INTO unit (name, kind, tags_json, position) VALUES (?, ?, ?,"
                + " (SELECT coalesce(max(position), -1) + 1 FROM unit))", name, kind, CampaignRows.tagsJson(tags));
        return true;
    }

    public boolean ensureWebsite(String unit, String name, String url) throws SQLException {
        writing();
        long unitId = CampaignRows.unitId(c, unit).orElseThrow(() -> new SQLException("no unit " + unit));
        if (CampaignRows.websiteId(c, unitId, name).isPresent()) {
            return false;
        }
        Sql.update(c, "INSERT INTO website (unit_id, name, url, position) VALUES (?, ?, ?,"
                + " (SELECT coalesce(max(position), -1) + 1 FROM website WHERE unit_id = ?))", unitId, name, url, unitId);
        return true;
    }

    public boolean ensureAccount(String unit, String name, String platform, boolean sample) throws SQLException {
        writing();
        long unitId = CampaignRows.unitId(c, unit).orElseThrow(() -> new SQLException("no unit " + unit));
        if (CampaignRows.accountId(c, unitId, name).isPresent()) {
            return false;
        }
        Sql.update(c, "INSERT INTO account (unit_id, name, platform, sample, position) VALUES (?, ?, ?, ?,"
                + " (SELECT coalesce(max(position), -1) + 1 FROM account))", unitId, name, platform, sample);
        return true;
    }

    public boolean hasUnit(String unit) throws SQLException {
        return CampaignRows.unitId(c, unit).isPresent();
    }

    public boolean hasWebsite(String unit, String site) throws SQLException {
        Optional<Long> u = CampaignRows.unitId(c, unit);
        return u.isPresent() && CampaignRows.websiteId(c, u.get(), site).isPresent();
    }

    public boolean hasAccount(String unit, String account) throws SQLException {
        Optional<Long> u = CampaignRows.unitId(c, unit);
        return u.isPresent() && CampaignRows.accountId(c, u.get(), account).isPresent();
    }

    // ---- bundles sent and received ----

    public void recordReceived(Received r) throws SQLException {
        writing();
        BundleRows.insertReceived(c, r);
    }

    public List<Received> received() throws SQLException {
        return BundleRows.received(c);
    }

    public Optional<Received> received(String bundleId) throws SQLException {
        return received().stream().filter(r -> r.bundleId().equals(bundleId)).findFirst();
    }

    public void recordExported(Exported e) throws SQLException {
        writing();
        BundleRows.insertExported(c, e);
    }

    public Optional<Exported> lastExported(String kind) throws SQLException {
        return BundleRows.lastExported(c, kind);
    }

    public long nextExportSeq() throws SQLException {
        return BundleRows.nextExportSeq(c);
    }

    /** Rows of the whole workspace for a canonical comparison (tests and `bundle` diagnostics). */
    public Map<String, List<String>> canonicalRows() throws SQLException {
        return CanonicalDump.of(c);
    }

    private Action writing() {
        if (action == null) {
            throw new IllegalStateException("this bundle operation needs a write transaction");
        }
        return action;
    }
}
