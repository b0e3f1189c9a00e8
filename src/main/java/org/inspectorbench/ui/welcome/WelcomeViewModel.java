package org.inspectorbench.ui.welcome;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.inspectorbench.signing.SigningException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The first-run welcome: who works here, where the workspace comes from (the sample campaign or
 * the office's bundle), and the signing key (new, imported, or later). Validation lives here; the
 * view only shows it. {@link #start()} does the slow work on the worker: the key first (so that
 * a wrong password is found before anything is created), then the workspace; if the workspace
 * cannot be created, a keystore this run wrote is removed again.
 */
public final class WelcomeViewModel {

    public enum Source { SAMPLE, BUNDLE }

    public enum KeyChoice { NEW, IMPORT, SKIP }

    /** Java's PKCS#12 takes ASCII passwords only; the signing package refuses shorter ones than this. */
    static final int MIN_PASSWORD = org.inspectorbench.signing.Identities.MIN_PASSWORD_LENGTH;

    private final Path workspace;
    private final WelcomeActions actions;
    private final WelcomeText text;
    private final Executor worker;
    private final Executor ui;

    private final StringProperty inspector = new SimpleStringProperty("");
    private final ObjectProperty<Source> source = new SimpleObjectProperty<>(Source.SAMPLE);
    private final ObjectProperty<Path> bundle = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper bundleInfo = new ReadOnlyStringWrapper("");
    private final ObjectProperty<KeyChoice> key = new SimpleObjectProperty<>(KeyChoice.NEW);
    private final StringProperty keyName = new SimpleStringProperty("");
    private final StringProperty organisation = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty passwordAgain = new SimpleStringProperty("");
    private final ObjectProperty<Path> importFile = new SimpleObjectProperty<>();
    private final StringProperty importPassword = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper();
    private Path keystore;
    private long bundleCheck;

    public WelcomeViewModel(Path workspace, WelcomeActions actions, WelcomeText text, Executor worker, Executor ui) {
        this.workspace = workspace;
        this.actions = actions;
        this.text = text;
        this.worker = worker;
        this.ui = ui;
        // The key's name follows the inspector's until the user types another.
        inspector.addListener((o, was, now) -> {
            if (keyName.get().isEmpty() || keyName.get().equals(was)) {
                keyName.set(now);
            }
        });
        for (var p : new javafx.beans.Observable[]{inspector, source, bundle, key, keyName, organisation, password,
                passwordAgain, importFile, importPassword}) {
            p.addListener(o -> {
                problem.set(validate());
                error.set("");
            });
        }
        bundle.addListener((o, was, now) -> checkBundle(now));
        problem.set(validate());
    }

    /** The first thing wrong with the form, as a sentence; empty when it can start. */
    String validate() {
        if (inspector.get().isBlank()) {
            return text.get("problem.inspector");
        }
        if (source.get() == Source.BUNDLE && bundle.get() == null) {
            return text.get("problem.bundle");
        }
        switch (key.get()) {
            case NEW -> {
                if (keyName.get().isBlank() || organisation.get().isBlank()) {
                    return text.get("problem.keyName");
                }
                String pw = password.get();
                if (pw.length() < MIN_PASSWORD) {
                    return text.get("problem.passwordShort", MIN_PASSWORD);
                }
                if (!pw.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
                    return text.get("problem.passwordAscii");
                }
                if (!pw.equals(passwordAgain.get())) {
                    return text.get("problem.passwordMismatch");
                }
            }
            case IMPORT -> {
                if (importFile.get() == null) {
                    return text.get("problem.importFile");
                }
                if (importPassword.get().isEmpty()) {
                    return text.get("problem.importPassword");
                }
            }
            case SKIP -> {
                // nothing to check: a key can be made later (inspector keys new, or when exporting)
            }
        }
        return "";
    }

    private void checkBundle(Path file) {
        long generation = ++bundleCheck;
        bundleInfo.set("");
        if (file == null) {
            return;
        }
        worker.execute(() -> {
            String line;
            try {
                WelcomeActions.BundleInfo info = actions.checkBundle(file);
                line = text.get("welcome.bundle.ok", info.campaignId(), info.signer());
            } catch (RuntimeException e) {
                line = text.get("welcome.bundle.bad", message(e));
            }
            String shown = line;
            ui.execute(() -> {
                if (generation == bundleCheck) {
                    bundleInfo.set(shown);
                }
            });
        });
    }

    /**
     * Creates the key and the workspace; completes true when both are there (then {@link #doneProperty()}
     * turns true), false when the form is not complete or something failed ({@link #errorProperty()} says what).
     */
    public CompletableFuture<Boolean> start() {
        CompletableFuture<Boolean> result = new CompletableFuture<>();
        String p = validate();
        problem.set(p);
        if (!p.isEmpty() || busy.get()) {
            result.complete(false);
            return result;
        }
        busy.set(true);
        error.set("");
        Request r = new Request(inspector.get().strip(), source.get(), bundle.get(), key.get(), keyName.get().strip(),
                organisation.get().strip(), password.get().toCharArray(), importFile.get(),
                importPassword.get().toCharArray());
        worker.execute(() -> {
            Path made = null;
            try {
                made = createKey(r);
                say(r.source() == Source.SAMPLE ? "progress.sample" : "progress.bundle");
                if (r.source() == Source.SAMPLE) {
                    actions.createFromSample(workspace, r.inspector());
                } else {
                    actions.createFromBundle(workspace, r.bundle(), r.inspector());
                }
                Path kept = made;
                ui.execute(() -> {
                    keystore = kept;
                    busy.set(false);
                    progress.set("");
                    done.set(true);
                    result.complete(true);
                });
            } catch (SigningException | IOException | RuntimeException e) {
                deleteQuietly(made);
                String m = message(e);
                ui.execute(() -> {
                    busy.set(false);
                    progress.set("");
                    error.set(text.get("failed", m));
                    result.complete(false);
                });
            } finally {
                java.util.Arrays.fill(r.password(), '\0');
                java.util.Arrays.fill(r.importPassword(), '\0');
            }
        });
        return result;
    }

    private record Request(String inspector, Source source, Path bundle, KeyChoice key, String keyName,
                           String organisation, char[] password, Path importFile, char[] importPassword) {
    }

    /** The keystore in the data folder, or null when skipped; checked (import) or made (new) before the workspace. */
    private Path createKey(Request r) throws SigningException, IOException {
        switch (r.key()) {
            case NEW -> {
                say("progress.key");
                Path file = unused(actions.keysFolder(), "signing-key", ".p12");
                Files.createDirectories(file.getParent());
                actions.keys().create(r.keyName(), r.organisation(), file, r.password(), Instant.now());
                return file;
            }
            case IMPORT -> {
                say("progress.import");
                actions.keys().open(r.importFile(), r.importPassword(), Instant.now());
                String name = r.importFile().getFileName().toString();
                int dot = name.lastIndexOf('.');
                Path file = unused(actions.keysFolder(), dot > 0 ? name.substring(0, dot) : name, ".p12");
                Files.createDirectories(file.getParent());
                Files.copy(r.importFile(), file, StandardCopyOption.COPY_ATTRIBUTES);
                return file;
            }
            default -> {
                return null;
            }
        }
    }

    /** {@code stem.p12}, or {@code stem-2.p12}...: a keystore is never overwritten (it may be someone's only key). */
    static Path unused(Path folder, String stem, String ext) {
        Path p = folder.resolve(stem + ext);
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(stem + "-" + n + ext);
        }
        return p;
    }

    private void say(String key) {
        String s = text.get(key);
        ui.execute(() -> progress.set(s));
    }

    private static String message(Throwable e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // a new, unused keystore: harmless if it stays
        }
    }

    public Path workspace() {
        return workspace;
    }

    /** The keystore made or imported (null when skipped or not done yet). */
    public Path keystore() {
        return keystore;
    }

    public StringProperty inspectorProperty() {
        return inspector;
    }

    public ObjectProperty<Source> sourceProperty() {
        return source;
    }

    public ObjectProperty<Path> bundleProperty() {
        return bundle;
    }

    public ReadOnlyStringProperty bundleInfoProperty() {
        return bundleInfo.getReadOnlyProperty();
    }

    public ObjectProperty<KeyChoice> keyProperty() {
        return key;
    }

    public StringProperty keyNameProperty() {
        return keyName;
    }

    public StringProperty organisationProperty() {
        return organisation;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty passwordAgainProperty() {
        return passwordAgain;
    }

    public ObjectProperty<Path> importFileProperty() {
        return importFile;
    }

    public StringProperty importPasswordProperty() {
        return importPassword;
    }

    /** What still stops {@link #start()}: shown under the form, empty when it can start. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Why the last start failed (a wrong password, a refused bundle...). */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }
}
