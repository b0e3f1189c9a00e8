package org.inspectorbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Where JavaFX will draw in software, its cache of region backgrounds is turned off before the
 * toolkit starts. The cache draws a rounded background once into an 8 MB texture and copies it
 * from there each frame; in software the copy costs more than drawing the background again: on a
 * machine without a GPU, a switch to a unit with 100 screenshots was drawn ~0.035 s sooner without
 * it, and the start and an edit were no slower (docs/packaging.md, "Start-up, session 7"). With a
 * GPU the cache stays on: it was made for that, and is not measured here.
 */
public final class SoftwareRendering {

    static final String REGION_CACHING = "prism.disableRegionCaching";

    private SoftwareRendering() {
    }

    /** Call before the toolkit starts: the setting is read once, when JavaFX's renderer loads. */
    public static void configure() {
        configure(System.getProperties(), System.getProperty("os.name", ""), Path.of("/dev/dri"));
    }

    /** A setting given by the user (-Dprism.disableRegionCaching=...) is left as it is. */
    static void configure(Properties properties, String osName, Path dri) {
        if (properties.getProperty(REGION_CACHING) == null && expected(properties.getProperty("prism.order"), osName, dri)) {
            properties.setProperty(REGION_CACHING, "true");
        }
    }

    /**
     * True when JavaFX will draw in software: asked to (prism.order starting with sw), or on Linux
     * without a GPU's render node in /dev/dri, where its OpenGL pipeline refuses Mesa's software
     * renderer and falls back to its own.
     */
    static boolean expected(String prismOrder, String osName, Path dri) {
        if (prismOrder != null) {
            return prismOrder.trim().startsWith("sw");
        }
        if (!osName.toLowerCase(Locale.ROOT).startsWith("linux")) {
            return false;
        }
        try (Stream<Path> nodes = Files.list(dri)) {
            return nodes.noneMatch(n -> n.getFileName().toString().startsWith("renderD"));
        } catch (IOException | UncheckedIOException noGpu) {
            return true;
        }
    }
}
