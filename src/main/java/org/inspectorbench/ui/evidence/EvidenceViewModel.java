package org.inspectorbench.ui.evidence;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.image.Image;
import org.inspectorbench.ui.WorkbenchViewModel;
import org.inspectorbench.ui.common.BackgroundTasks;
import org.inspectorbench.ui.port.EvidenceInfo;
import org.inspectorbench.ui.port.FindingRecord;
import org.inspectorbench.ui.port.UnitInfo;
import org.inspectorbench.ui.port.WorkbenchStore;
import org.inspectorbench.ui.session.FindingKey;
import org.inspectorbench.ui.session.UnitSession;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The evidence of the finding the inspector is on: its images, attached by drop, paste or chooser.
 * Metadata comes first; thumbnails stream in after on the reader, so the panel paints at once.
 */
public final class EvidenceViewModel {

    private final WorkbenchViewModel workbench;
    private final WorkbenchStore store;
    private final BackgroundTasks writer;
    private final BackgroundTasks reader;
    private static final int BATCH = 12;
    private final ObservableList<EvidenceItem> items = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<FindingKey> key = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<FindingRecord> finding = new ReadOnlyObjectWrapper<>();
    private volatile long generation;
    private String prefetchedUnit;
    private List<EvidenceInfo> prefetched;

    public EvidenceViewModel(WorkbenchViewModel workbench, BackgroundTasks writer, BackgroundTasks reader) {
        this.workbench = workbench;
        this.store = workbench.store();
        this.writer = writer;
        this.reader = reader;
        workbench.sessionProperty().addListener(o -> show(null));
        workbench.selectingProperty().addListener((o, a, u) -> prefetch(u));
        workbench.revisionProperty().addListener(o -> refreshFinding());
    }

    /** The inspector moved to another rule: show its finding's evidence. */
    public CompletableFuture<?> show(FindingKey k) {
        key.set(k);
        FindingRecord f = k == null ? null : workbench.finding(k).orElse(null);
        finding.set(f);
        long g = ++generation;
        items.clear();
        UnitSession s = workbench.sessionProperty().get();
        if (f == null && (k != null || s == null)) {
            return CompletableFuture.completedFuture(null);
        }
        // No rule chosen: the unit's whole evidence, so that opening a unit shows what it has.
        String unit = s == null ? null : s.unit().name();
        if (f == null && prefetched != null && prefetchedUnit.equals(unit)) {
            shown(prefetched, g);
            prefetched = null;
            return CompletableFuture.completedFuture(null);
        }
        return reader.run(() -> f == null ? store.evidenceOfUnit(unit) : store.evidence(f.id()), list -> {
            if (g == generation) {
                shown(list, g);
            }
        });
    }

    /**
     * A unit was chosen: its evidence list is read on the reader while the writer reads its
     * findings, instead of after the session has opened (one round trip less before the first paint).
     */
    private void prefetch(UnitInfo u) {
        prefetched = null;
        prefetchedUnit = u == null ? null : u.name();
        if (u == null) {
            return;
        }
        String name = u.name();
        reader.run(() -> store.evidenceOfUnit(name), list -> {
            if (!name.equals(prefetchedUnit)) {
                return;
            }
            UnitSession s = workbench.sessionProperty().get();
            if (s != null && s.unit().name().equals(name) && key.get() == null) {
                shown(list, ++generation); // the session opened first; its own read is now ignored
            } else {
                prefetched = list;
            }
        });
    }

    private void shown(List<EvidenceInfo> list, long g) {
        items.setAll(list.stream().map(EvidenceItem::new).toList());
        loadThumbnails(List.copyOf(items), g);
    }

    /**
     * Decodes thumbnails on the reader and hands them to the FX thread in batches (one delivery per
     * {@value #BATCH} images, at least every frame or so), so that a unit with a hundred screenshots
     * paints at once and its thumbnails stream in without a hundred separate FX-thread tasks.
     */
    private void loadThumbnails(List<EvidenceItem> list, long g) {
        reader.run(() -> {
            List<Image> batch = new ArrayList<>();
            List<EvidenceItem> owners = new ArrayList<>();
            long last = System.nanoTime();
            for (EvidenceItem item : list) {
                if (g != generation) {
                    return null; // the inspector moved on: stop decoding what nobody will see
                }
                batch.add(new Image(new ByteArrayInputStream(store.thumbnail(item.info()))));
                owners.add(item);
                if (owners.size() >= BATCH || System.nanoTime() - last > 16_000_000L) {
                    deliver(owners, batch);
                    batch = new ArrayList<>();
                    owners = new ArrayList<>();
                    last = System.nanoTime();
                }
            }
            deliver(owners, batch);
            return null;
        }, ignored -> { });
    }

    private void deliver(List<EvidenceItem> owners, List<Image> images) {
        if (!owners.isEmpty()) {
            reader.deliver(() -> {
                for (int i = 0; i < owners.size(); i++) {
                    owners.get(i).setThumbnail(images.get(i));
                }
            });
        }
    }

    /** The key's finding may have been created since it was shown (the box was just ticked). */
    public void refreshFinding() {
        FindingKey k = key.get();
        FindingRecord f = k == null ? null : workbench.finding(k).orElse(null);
        if (f == null ? finding.get() != null : finding.get() == null || !f.id().equals(finding.get().id())) {
            show(k);
        }
    }

    private void loadThumbnail(EvidenceItem item) {
        reader.run(() -> new Image(new ByteArrayInputStream(store.thumbnail(item.info()))),
                item::setThumbnail);
    }

    /** Attaches images; false when there is no finding to attach them to (nothing recorded yet). */
    public boolean attach(List<Attachment> images) {
        FindingRecord f = finding.get();
        if (f == null || images.isEmpty()) {
            return false;
        }
        long g = generation;
        writer.run(() -> {
            List<EvidenceInfo> stored = new ArrayList<>();
            for (Attachment a : images) {
                stored.add(store.attach(f.id(), a.bytes().get(), a.fileName(), a.sourceUrl(), a.capturedAt()));
            }
            return stored;
        }, stored -> {
            if (g == generation) {
                for (EvidenceInfo info : stored) {
                    if (items.stream().noneMatch(i -> i.info().id().equals(info.id()))) {
                        EvidenceItem item = new EvidenceItem(info);
                        items.add(item);
                        loadThumbnail(item);
                    }
                }
            }
        });
        return true;
    }

    public boolean attachFiles(List<Path> files) {
        List<Attachment> list = new ArrayList<>();
        for (Path p : files) {
            list.add(new Attachment(() -> Files.readAllBytes(p), p.getFileName().toString(), null,
                    Instant.now()));
        }
        return attach(list);
    }

    /** An image to attach; its bytes are read on the writer thread. */
    public record Attachment(BytesSource bytes, String fileName, String sourceUrl, Instant capturedAt) {
    }

    /** Reads an image's bytes (from a file, the clipboard...). */
    @FunctionalInterface
    public interface BytesSource {
        byte[] get() throws Exception;
    }

    public ObservableList<EvidenceItem> items() {
        return items;
    }

    public ReadOnlyObjectProperty<FindingRecord> findingProperty() {
        return finding.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<FindingKey> keyProperty() {
        return key.getReadOnlyProperty();
    }

    public Optional<String> annotations(EvidenceInfo evidence) {
        return store.annotations(evidence);
    }

    public WorkbenchStore store() {
        return store;
    }

    public BackgroundTasks reader() {
        return reader;
    }

    public BackgroundTasks writer() {
        return writer;
    }
}
