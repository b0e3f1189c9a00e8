package org.inspectorbench.bundle;

import org.inspectorbench.store.BundleTx;
import org.inspectorbench.store.EvidenceMeta;
import org.inspectorbench.store.RecordKind;
import org.inspectorbench.store.RecordVersion;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that goes into one bundle, before it is written: the manifest's header (its entries
 * are filled in by {@link BundleWriter}), the record versions, the evidence metadata, the campaign
 * files of an office bundle, and where to fetch image bytes and thumbnails from.
 */
record BundleContent(Manifest header, Map<RecordKind, List<RecordVersion>> versions, List<EvidenceMeta> evidence,
                     Map<String, byte[]> campaignFiles, Images images) {

    /** Where image bytes and thumbnails come from (the workspace, or a test's memory). */
    interface Images {
        byte[] bytes(String sha256);

        Optional<BundleTx.Thumb> thumbnail(String sha256);
    }
}
