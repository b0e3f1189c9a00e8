package org.inspectorbench.ui.welcome;

import org.inspectorbench.bundle.BundleKind;
import org.inspectorbench.bundle.OfficeBootstrap;
import org.inspectorbench.bundle.VerifiedBundle;
import org.inspectorbench.store.Workspace;
import org.inspectorbench.ui.report.KeystoreFiles;
import org.inspectorbench.ui.report.SigningKeys;

import java.nio.file.Path;

/** The welcome's actions on real files: the sample campaign or an office bundle, PKCS#12 keystores. */
public final class WorkspaceWelcomeActions implements WelcomeActions {

    private final Path keysFolder;
    private final SigningKeys keys = new KeystoreFiles();

    public WorkspaceWelcomeActions(Path keysFolder) {
        this.keysFolder = keysFolder;
    }

    @Override
    public BundleInfo checkBundle(Path bundle) {
        VerifiedBundle b = VerifiedBundle.open(bundle, null);
        if (b.manifest().kind() != BundleKind.OFFICE) {
            throw new IllegalArgumentException("不是办公室数据包 " + bundle.getFileName() + " is an inspector's bundle;"
                    + " a workspace starts from the office's bundle (inspector bundle export --campaign-only)");
        }
        return new BundleInfo(b.manifest().campaignId(), b.signerName(), b.units().size());
    }

    @Override
    public void createFromSample(Path workspace, String inspector) {
        Workspace.createFromSample(workspace, inspector).close();
    }

    @Override
    public void createFromBundle(Path workspace, Path bundle, String inspector) {
        OfficeBootstrap.create(workspace, VerifiedBundle.open(bundle, null), inspector).close();
    }

    @Override
    public SigningKeys keys() {
        return keys;
    }

    @Override
    public Path keysFolder() {
        return keysFolder;
    }
}
