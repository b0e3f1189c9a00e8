package org.inspectorbench.ui.common;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;

/** The workbench's own preferences (the language), in a small file beside the default workspace. */
public final class UiSettings {

    private final Path file;
    private final Properties props = new Properties();

    public UiSettings(Path file) {
        this.file = file;
        if (file != null && Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                props.load(r);
            } catch (IOException e) {
                // Unreadable preferences: start with defaults, the file is rewritten on the next change.
            }
        }
    }

    public Locale language() {
        return "en".equals(props.getProperty("language")) ? I18n.ENGLISH : I18n.CHINESE;
    }

    public void setLanguage(Locale locale) {
        props.setProperty("language", locale.getLanguage());
        save();
    }

    /** The inspector's own keystore (made or imported by the first-run welcome), or null. */
    public Path keystore() {
        String k = props.getProperty("keystore");
        return k == null || k.isBlank() ? null : Path.of(k);
    }

    public void setKeystore(Path keystore) {
        props.setProperty("keystore", keystore.toAbsolutePath().toString());
        save();
    }

    private void save() {
        if (file == null) {
            return;
        }
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                props.store(w, "Inspector Workbench UI settings");
            }
        } catch (IOException e) {
            System.err.println("Could not save UI settings to " + file + ": " + e.getMessage());
        }
    }
}
