package org.inspectorbench.ui.port;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the workbench needs from the workspace. Every method may block on disk: the UI calls them
 * through BackgroundTasks, never on the FX thread. Each write is one transaction in the store.
 */
public interface WorkbenchStore extends AutoCloseable {

    CampaignInfo campaign();

    List<UnitInfo> units();

    /** Every unit's live findings, for the totals of the units list. */
    Map<String, List<FindingRecord>> allFindings();

    List<FindingRecord> findings(String unit);

    /** Creates (id null) or updates a finding; returns it as stored. */
    FindingRecord put(FindingRecord finding);

    void delete(String findingId);

    List<EvidenceInfo> evidence(String findingId);

    /** The evidence of all findings of a unit (metadata only: thumbnails are fetched one by one). */
    List<EvidenceInfo> evidenceOfUnit(String unit);

    /** Stores an image (refused with StoreRefusal if it is not one) and attaches it. */
    EvidenceInfo attach(String findingId, byte[] image, String fileName, String sourceUrl, Instant capturedAt);

    /** A small JPEG or PNG of the image, for the grid. */
    byte[] thumbnail(EvidenceInfo evidence);

    byte[] image(String sha256);

    /** The annotation layer of an evidence item as JSON, kept apart from the image. */
    Optional<String> annotations(EvidenceInfo evidence);

    void saveAnnotations(EvidenceInfo evidence, String json);

    SampleDraw drawSample(String unit, String item, String rule, List<String> candidates, int size);

    Optional<SampleDraw> lastDraw(String unit, String item, String rule);

    List<HistoryEntry> history(String unit);

    /** Undoes the latest change; empty when nothing is left to undo. */
    Optional<Undone> undo();

    Optional<Undone> redo();

    /** What an undo or redo took back or did again, and the units it touched. */
    record Undone(String label, Set<String> units) {
    }

    @Override
    void close();
}
