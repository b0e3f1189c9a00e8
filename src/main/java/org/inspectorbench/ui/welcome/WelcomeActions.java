package org.inspectorbench.ui.welcome;

import org.inspectorbench.ui.report.SigningKeys;

import java.nio.file.Path;

/** What the first-run welcome does to files: the real workspace, bundle and keystore code, or fakes in tests. */
public interface WelcomeActions {

    /** What an office bundle holds, for the welcome to show before anything is created. */
    record BundleInfo(String campaignId, String signer, int units) {
    }

    /** Checks an office bundle (signature, hashes, kind) without writing anything; throws with a message. */
    BundleInfo checkBundle(Path bundle);

    void createFromSample(Path workspace, String inspector);

    void createFromBundle(Path workspace, Path bundle, String inspector);

    /** Opens and makes keystores (slow RSA key generation in the real one). */
    SigningKeys keys();

    /** Where the inspector's keystore is kept (the data folder). */
    Path keysFolder();
}
