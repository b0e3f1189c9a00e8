package org.inspectorbench.store;

import org.inspectorbench.evidence.EvidenceImage;
import org.inspectorbench.evidence.UnsupportedImageException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.inspectorbench.store.WorkspaceException.Reason;

/**
 * The evidence side of a {@link Workspace}: attaching screenshots to findings, listing a unit's
 * evidence for a grid (metadata and thumbnails only, one query), fetching a full image by hash,
 * and the annotations drawn over images. Each attach or annotate call is one user action.
 */
public final class WorkspaceEvidence {

    private final Workspace ws;

    WorkspaceEvidence(Workspace ws) {
        this.ws = ws;
    }

    /**
     * Attaches image files to a finding, all or none: a file that is not a PNG, JPEG, BMP, GIF or
     * WebP image is refused with a message naming it, and then nothing is attached.
     */
    public List<EvidenceMeta> attach(String findingId, List<Path> files) {
        Finding f = liveFinding(findingId);
        Db db = ws.db();
        HashSet<String> stored = new HashSet<>(db.read(c -> Sql.list(c, "SELECT sha256 FROM evidence",
                rs -> rs.getString(1))));
        List<ImagePreparation.Request> requests = files.stream()
                .map(p -> new ImagePreparation.Request(p, " (evidence for " + f.item() + " of " + f.unit() + ")"))
                .toList();
        try (ImagePreparation images = new ImagePreparation(stored, true)) {
            return ws.act("附加证据 " + files.size() + " 张 (" + f.unit() + ")", a -> {
                List<EvidenceMeta> out = new ArrayList<>();
                Iterator<ImagePreparation.Prepared> it = images.prepare(requests);
                while (it.hasNext()) {
                    ImagePreparation.Prepared p = it.next();
                    if (p.image() != null) {
                        EvidenceRows.store(a.c, p.image(), p.source(), a.author, a.at);
                    }
                    EvidenceLinkVersions.INSTANCE.attach(a, findingId, p.sha256());
                    out.add(EvidenceRows.meta(a.c, p.sha256()).orElseThrow());
                }
                return out;
            });
        }
    }

    /** Attaches image bytes (a paste, a screen capture) to a finding. */
    public EvidenceMeta attach(String findingId, byte[] bytes, EvidenceSource source) {
        Finding f = liveFinding(findingId);
        String name = source.originalName() == null ? "pasted image" : source.originalName();
        EvidenceImage image;
        try {
            image = EvidenceImage.prepare(bytes, name);
        } catch (UnsupportedImageException e) {
            throw new WorkspaceException(Reason.NOT_AN_IMAGE, e.getMessage(), e);
        }
        return ws.act("附加证据 " + name + " (" + f.unit() + ")", a -> {
            EvidenceRows.store(a.c, image, source, a.author, a.at);
            EvidenceLinkVersions.INSTANCE.attach(a, findingId, image.sha256());
            return EvidenceRows.meta(a.c, image.sha256()).orElseThrow();
        });
    }

    /** Detaches an image from a finding (a tombstone; the image stays stored for other findings and undo). */
    public EvidenceLink detach(String findingId, String sha256) {
        return ws.act("移除证据 " + sha256.substring(0, Math.min(12, sha256.length())), a -> {
            EvidenceLink current = EvidenceRows.link(a.c, findingId, sha256).filter(l -> !l.deleted())
                    .orElseThrow(() -> FindingRules.bad("image " + sha256 + " is not attached to finding " + findingId));
            return EvidenceLinkVersions.INSTANCE.detach(a, current);
        });
    }

    /** The evidence of a unit's live findings with thumbnails; no full image is read. */
    public List<EvidenceItem> ofUnit(String unit) {
        return ws.db().read(c -> EvidenceRows.ofUnit(c, unit));
    }

    /**
     * The thumbnail (JPEG, longer side 256 px) of one stored image, made now and kept in the
     * workspace when it has none yet: a bulk import leaves thumbnails for after its commit, and a
     * grid that finds {@code thumbnailJpeg() == null} in {@link #ofUnit} can ask for each missing one
     * while showing a placeholder. Decodes the whole image (5-15 ms of CPU for a screenshot):
     * never call it on the UI thread. Empty when the image does not decode (then recorded, so it is
     * not tried again). Thumbnails are derived data: not in the history, not undoable.
     */
    public Optional<byte[]> thumbnail(String sha256) {
        Db db = ws.db();
        Optional<BundleTx.Thumb> have = db.read(c -> BundleRows.thumb(c, sha256));
        if (have.isPresent()) {
            return have.get().bytes().length == 0 ? Optional.empty() : Optional.of(have.get().bytes());
        }
        byte[] bytes = image(sha256);
        org.inspectorbench.evidence.Thumbnail made;
        try {
            made = EvidenceImage.prepare(bytes, sha256).thumbnail();
        } catch (UnsupportedImageException e) {
            made = null;
        }
        org.inspectorbench.evidence.Thumbnail t = made;
        return db.inTransaction(c -> {
            Optional<BundleTx.Thumb> meanwhile = BundleRows.thumb(c, sha256);
            if (meanwhile.isPresent()) {
                byte[] b = meanwhile.get().bytes();
                return b.length == 0 ? Optional.<byte[]>empty() : Optional.of(b);
            }
            EvidenceRows.storeThumbnail(c, sha256, t);
            return t == null ? Optional.<byte[]>empty() : Optional.of(t.jpeg());
        });
    }

    /** The live attachments of one finding, in order. */
    public List<EvidenceLink> of(String findingId) {
        return ws.db().read(c -> EvidenceRows.linksOf(c, findingId, false));
    }

    /** Attachments including detached ones (tombstones): what bundles carry. */
    public List<EvidenceLink> withTombstones(String findingId) {
        return ws.db().read(c -> EvidenceRows.linksOf(c, findingId, true));
    }

    public Optional<EvidenceMeta> meta(String sha256) {
        return ws.db().read(c -> EvidenceRows.meta(c, sha256));
    }

    /** The image's original bytes, exactly as attached. */
    public byte[] image(String sha256) {
        return ws.db().read(c -> EvidenceRows.bytes(c, sha256)).orElseThrow(() -> new WorkspaceException(
                Reason.NOT_FOUND, "no evidence image " + sha256 + " in this workspace"));
    }

    /** Stores the shapes drawn over an image of a finding (replacing the author's previous ones). */
    public Annotation annotate(String findingId, String sha256, String shapesJson) {
        liveFinding(findingId);
        return ws.act("标注证据 " + sha256.substring(0, Math.min(12, sha256.length())), a -> {
            if (EvidenceRows.link(a.c, findingId, sha256).filter(l -> !l.deleted()).isEmpty()) {
                throw FindingRules.bad("image " + sha256 + " is not attached to finding " + findingId);
            }
            Annotation current = AnnotationVersions.of(a.c, findingId, sha256).stream()
                    .filter(x -> x.author().equals(a.author)).findFirst().orElse(null);
            String id = current == null ? UUID.randomUUID().toString() : current.id();
            return AnnotationVersions.INSTANCE.put(a, current, id, findingId, sha256, shapesJson);
        });
    }

    public List<Annotation> annotations(String findingId, String sha256) {
        return ws.db().read(c -> AnnotationVersions.of(c, findingId, sha256));
    }

    private Finding liveFinding(String id) {
        return ws.finding(id).filter(f -> !f.deleted()).orElseThrow(() -> new WorkspaceException(Reason.NOT_FOUND,
                "no finding " + id + " in this workspace (list them with `inspector findings export`)"));
    }

}
