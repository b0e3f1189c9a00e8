package org.inspectorbench.ui.welcome;

import org.inspectorbench.signing.Identities;
import org.inspectorbench.signing.SigningException;
import org.inspectorbench.signing.SigningIdentity;
import org.inspectorbench.signing.TestFixtures;
import org.inspectorbench.ui.report.KeystoreFiles;
import org.inspectorbench.ui.report.SigningKeys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The welcome's actions for tests: workspaces are recorded (and a marker file written) unless told
 * to fail; keystores are real PKCS#12 files, made from the test key pair instead of a slow new one.
 */
final class FakeWelcomeActions implements WelcomeActions {

    final Path keysFolder;
    final List<String> created = new ArrayList<>();
    RuntimeException failCreate;

    FakeWelcomeActions(Path keysFolder) {
        this.keysFolder = keysFolder;
    }

    @Override
    public BundleInfo checkBundle(Path bundle) {
        if (!bundle.getFileName().toString().endsWith(".inspbundle")) {
            throw new IllegalArgumentException("not a bundle: " + bundle.getFileName());
        }
        return new BundleInfo("mianyang-2022", "市政务公开办", 49);
    }

    private void create(Path workspace, String what) {
        if (failCreate != null) {
            throw failCreate;
        }
        created.add(what);
        try {
            Files.writeString(workspace, what);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void createFromSample(Path workspace, String inspector) {
        create(workspace, "sample:" + inspector);
    }

    @Override
    public void createFromBundle(Path workspace, Path bundle, String inspector) {
        create(workspace, "bundle:" + bundle.getFileName() + ":" + inspector);
    }

    @Override
    public SigningKeys keys() {
        return new SigningKeys() {
            @Override
            public SigningIdentity open(Path keystore, char[] password, Instant now) throws SigningException {
                return new KeystoreFiles().open(keystore, password, now);
            }

            @Override
            public SigningIdentity create(String name, String organisation, Path keystore, char[] password, Instant now)
                    throws SigningException {
                SigningIdentity id = TestFixtures.inspector();
                Identities.save(id, keystore, password);
                return id;
            }
        };
    }

    @Override
    public Path keysFolder() {
        return keysFolder;
    }

    /** A real keystore with {@code password}, to import. */
    static Path keystore(Path file, String password) throws SigningException {
        Identities.save(TestFixtures.inspector(), file, password.toCharArray());
        return file;
    }
}
