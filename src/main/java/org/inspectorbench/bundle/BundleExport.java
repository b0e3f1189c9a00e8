package org.inspectorbench.bundle;

import org.inspectorbench.store.Annotation;
import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.EvidenceLink;
import org.inspectorbench.store.EvidenceMeta;
import org.inspectorbench.store.Inspector;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordStates;
import org.inspectorbench.store.RecordVersion;
import org.inspectorbench.store.SamplingDraw;
import org.inspectorbench.store.Workspace;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes a workspace's work as a bundle. Every record is carried with ALL its known versions, so
 * that the receiver can tell an edit from a concurrent edit even if it missed earlier bundles.
 * "--since last" carries the records with versions made here since this workspace's previous
 * export of the same kind; images travel with the attachments and annotations that use them.
 */
public final class BundleExport {

    /** @param sinceLast only what changed since the previous export of this kind */
    public record Options(BundleKind kind, boolean sinceLast) {
    }

    private BundleExport() {
    }

    public static Manifest export(Workspace ws, BundleSigner signer, Path out, Options options) {
        return export(ws, signer, out, options, BundleProgress.NONE);
    }

    /**
     * As {@link #export(Workspace, BundleSigner, Path, Options)}, telling {@code progress} of every
     * image written; when it asks to stop, the export ends with {@link BundleProblem#CANCELLED}, no
     * file is left behind and the workspace does not record an export.
     */
    public static Manifest export(Workspace ws, BundleSigner signer, Path out, Options options,
                                  BundleProgress progress) {
        return BundleTx.write(ws, "导出数据包 export bundle " + out.getFileName(), tx -> {
            tx.syncLocalVersions();
            Optional<BundleTx.Exported> last = tx.lastExported(options.kind().json());
            long since = options.sinceLast() && last.isPresent() ? last.get().upToSeq() : 0;
            long upTo = tx.lastVersionSeq();
            Set<RecordVersion.Key> keys = since == 0 ? allKeys(tx)
                    : tx.keysChangedAfter(since, options.kind() == BundleKind.INSPECTOR);
            if (options.kind() == BundleKind.INSPECTOR) {
                keys.removeIf(k -> k.kind() == RecordKind.ASSIGNMENT);
            }
            Map<RecordKind, List<RecordVersion>> versions = new EnumMap<>(RecordKind.class);
            Set<String> images = new TreeSet<>();
            Set<String> units = new TreeSet<>();
            for (RecordVersion.Key key : withFindings(tx, keys)) {
                for (RecordVersion v : tx.versions(key)) {
                    versions.computeIfAbsent(key.kind(), k -> new ArrayList<>()).add(v);
                    Object state = RecordStates.parse(v.kind(), v.stateJson());
                    if (state instanceof EvidenceLink l) {
                        images.add(l.sha256());
                    } else if (state instanceof Annotation a) {
                        images.add(a.sha256());
                    }
                    if (v.unit() != null) {
                        units.add(v.unit());
                    }
                }
            }
            List<EvidenceMeta> evidence = new ArrayList<>();
            for (String sha : images) {
                tx.evidenceMeta(sha).ifPresent(evidence::add);
            }
            long seq = tx.nextExportSeq();
            String bundleId = UUID.randomUUID().toString();
            Manifest.BundleMark sinceMark = since == 0 ? null
                    : new Manifest.BundleMark(last.get().bundleId(), last.get().seq());
            Manifest header = new Manifest(BundleWriter.FORMAT_VERSION, bundleId, options.kind(), seq,
                    ws.campaign().id(), ws.campaign().rubricSha256(), new Manifest.Author(tx.author(), authorName(tx)),
                    null, tx.now().truncatedTo(ChronoUnit.SECONDS), sinceMark, lastOffice(tx), List.copyOf(units),
                    null, null);
            Map<String, byte[]> campaign = options.kind() == BundleKind.OFFICE ? CampaignFiles.build(tx) : Map.of();
            if (progress.cancelled()) {
                throw cancelled(out);
            }
            progress.update(0, evidence.size());
            BundleContent content = new BundleContent(header, versions, evidence, campaign,
                    images(tx, out, evidence.size(), progress));
            Manifest written = BundleWriter.write(content, signer, out);
            tx.recordExported(new BundleTx.Exported(bundleId, options.kind().json(), seq, header.createdAt().toString(),
                    since, upTo, out.getFileName().toString()));
            return written;
        });
    }

    private static Set<RecordVersion.Key> allKeys(BundleTx tx) throws SQLException {
        Set<RecordVersion.Key> keys = new TreeSet<>();
        for (RecordVersion v : tx.allVersions()) {
            keys.add(v.key());
        }
        return keys;
    }

    /** The findings that attachments, annotations and draws hang from travel with them. */
    private static Set<RecordVersion.Key> withFindings(BundleTx tx, Set<RecordVersion.Key> keys) throws SQLException {
        Set<RecordVersion.Key> out = new TreeSet<>(keys);
        for (RecordVersion.Key key : keys) {
            if (key.kind() == RecordKind.FINDING || key.kind() == RecordKind.ASSIGNMENT) {
                continue;
            }
            for (RecordVersion v : tx.versions(key)) {
                Object state = RecordStates.parse(v.kind(), v.stateJson());
                String finding = state instanceof EvidenceLink l ? l.findingId()
                        : state instanceof Annotation a ? a.findingId()
                        : state instanceof SamplingDraw d ? d.findingId() : null;
                if (finding != null) {
                    out.add(new RecordVersion.Key(RecordKind.FINDING, finding));
                }
            }
        }
        return out;
    }

    private static String authorName(BundleTx tx) throws SQLException {
        return tx.inspectors().stream().filter(i -> i.id().equals(tx.author())).map(Inspector::name).findFirst()
                .orElse(tx.author());
    }

    private static Manifest.BundleMark lastOffice(BundleTx tx) throws SQLException {
        return tx.received().stream().filter(r -> r.kind().equals(BundleKind.OFFICE.json()))
                .max(Comparator.comparingLong(BundleTx.Received::seq))
                .map(r -> new Manifest.BundleMark(r.bundleId(), r.seq())).orElse(null);
    }

    private static BundleException cancelled(Path out) {
        return new BundleException(BundleProblem.CANCELLED, "已取消 the export of " + out.getFileName()
                + " was cancelled: no bundle was written and the next export starts from the same point.");
    }

    private static BundleContent.Images images(BundleTx tx, Path out, long total, BundleProgress progress) {
        return new BundleContent.Images() {
            private long done;

            @Override
            public byte[] bytes(String sha256) {
                if (progress.cancelled()) {
                    throw cancelled(out);
                }
                try {
                    byte[] bytes = tx.evidenceBytes(sha256).orElseThrow(() -> new BundleException(BundleProblem.MISSING_ENTRY,
                            "证据缺失 image " + sha256 + " is described in the workspace but its bytes are missing:"
                                    + " restore the workspace from a backup. No bundle was written."));
                    progress.update(++done, total);
                    return bytes;
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }

            @Override
            public Optional<BundleTx.Thumb> thumbnail(String sha256) {
                try {
                    return tx.thumbnail(sha256);
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
    }
}
