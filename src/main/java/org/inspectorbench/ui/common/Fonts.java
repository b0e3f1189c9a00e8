package org.inspectorbench.ui.common;

import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * The program brings its own CJK font (Noto Sans SC) so that Chinese renders on a machine without
 * one. It must be loaded before the first scene, and the stylesheet names its family on .root.
 *
 * <p>Start-up: loaded from a stream, JavaFX copies each 10 MB font out of the jar into a temporary
 * file on every start. {@link #prepare(Path)} (called before the toolkit starts) keeps one copy in
 * the data folder instead, and {@link #load()} then hands JavaFX that file.
 */
public final class Fonts {

    public static final String FAMILY = "Noto Sans SC";
    private static final String[] FILES = {"NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf"};
    private static final String RESOURCES = "/org/inspectorbench/fonts/";
    private static volatile boolean loaded;
    private static volatile Path cacheDir;

    private Fonts() {
    }

    /**
     * Copies the fonts into {@code dir} unless a copy of the right size is there already. Plain
     * file work without JavaFX, for the launching thread; a failure only means {@link #load()}
     * reads the fonts from the jar as before.
     */
    public static void prepare(Path dir) {
        try {
            for (String file : FILES) {
                URL resource = Fonts.class.getResource(RESOURCES + file);
                if (resource == null) {
                    return;
                }
                long size = resource.openConnection().getContentLengthLong();
                Path target = dir.resolve(file);
                if (size > 0 && Files.isRegularFile(target) && Files.size(target) == size) {
                    continue;
                }
                Files.createDirectories(dir);
                Path part = Files.createTempFile(dir, file, ".part");
                try (InputStream in = resource.openStream()) {
                    Files.copy(in, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } finally {
                    Files.deleteIfExists(part);
                }
            }
            cacheDir = dir;
        } catch (IOException | RuntimeException e) {
            cacheDir = null;
        }
    }

    public static synchronized void load() {
        if (loaded) {
            return;
        }
        Path dir = cacheDir;
        for (String file : FILES) {
            if (dir != null && Font.loadFont(dir.resolve(file).toUri().toString(), 13) != null) {
                continue;
            }
            try (InputStream in = Fonts.class.getResourceAsStream(RESOURCES + file)) {
                if (in == null || Font.loadFont(in, 13) == null) {
                    System.err.println("Font " + file + " could not be loaded; Chinese may show as boxes");
                }
            } catch (IOException e) {
                System.err.println("Font " + file + " could not be read: " + e.getMessage());
            }
        }
        loaded = true;
    }
}
