package org.inspectorbench.ui.bundle;

import org.inspectorbench.bundle.BundleKind;
import org.inspectorbench.bundle.BundleProgress;
import org.inspectorbench.bundle.ImportReport;
import org.inspectorbench.bundle.VerifiedBundle;

import java.nio.file.Path;
import java.util.List;

/** The workspace's bundle operations as the workbench uses them (a fake in view-model tests). */
public interface BundleService {

    /** Verifies a bundle and previews its import; a bad or refused bundle gives a refused preview, never throws. */
    BundlePreview preview(Path file);

    /** Imports the previewed bundles in ONE transaction; throws (and writes nothing) when any is refused now. */
    List<ImportReport> apply(List<VerifiedBundle> bundles);

    /** Writes a signed bundle; {@code progress} can stop it, leaving no file. */
    ExportResult export(Path keystore, char[] password, Path out, BundleKind kind, boolean sinceLast,
                        BundleProgress progress);

    /** What an export wrote. */
    record ExportResult(Path file, String signer, long seq, List<String> units, long images) {
    }
}
