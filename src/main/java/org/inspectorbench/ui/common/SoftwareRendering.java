package org.inspectorbench.ui.common;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * Settings for where JavaFX will draw in software, made before the toolkit starts.
 * <ul>
 * <li>On Linux without a GPU, JavaFX is told to draw in software (prism.order=sw) instead of first
 * trying OpenGL: that try loads Mesa and its LLVM (~0.1 s of a start here) only to refuse Mesa's
 * software renderer and fall back. The Linux launchers also keep GTK from loading them
 * (GDK_GL=disable, packaging/linux-launcher.sh), with the same test for a GPU: together the window
 * was usable 0.015-0.08 s sooner, with 0.13-0.2 s less CPU (docs/packaging.md, "No OpenGL where
 * there is no GPU").</li>
 * <li>Its cache of region backgrounds is turned off. The cache draws a rounded background once into
 * an 8 MB texture and copies it from there each frame; in software the copy costs more than drawing
 * the background again: a switch to a unit with 100 screenshots was drawn ~0.035 s sooner without
 * it (docs/packaging.md, "Start-up, session 7"). With a GPU the cache stays on: it was made for that.</li>
 * </ul>
 * What the user gives (-Dprism.order, -Dprism.disableRegionCaching) is left as it is.
 */
public final class SoftwareRendering {

    static final String ORDER = "prism.order";
    static final String REGION_CACHING = "prism.disableRegionCaching";

    private SoftwareRendering() {
    }

    /** Call before the toolkit starts: the settings are read once, when JavaFX's renderer loads. */
    public static void configure() {
        configure(System.getProperties(), System.getProperty("os.name", ""), Path.of("/dev"));
    }

    static void configure(Properties properties, String osName, Path dev) {
        String order = properties.getProperty(ORDER);
        boolean software;
        if (order != null) {
            software = order.trim().startsWith("sw");
        } else {
            software = isLinux(osName) && !hasGpu(dev);
            if (software) {
                properties.setProperty(ORDER, "sw");
            }
        }
        if (software && properties.getProperty(REGION_CACHING) == null) {
            properties.setProperty(REGION_CACHING, "true");
        }
    }

    private static boolean isLinux(String osName) {
        return osName.toLowerCase(Locale.ROOT).startsWith("linux");
    }

    /**
     * A GPU's render node in /dev/dri, or NVIDIA's own driver (which may have none). Without either,
     * OpenGL is Mesa's software renderer, which JavaFX refuses. The Linux launchers make the same test
     * for GDK_GL (packaging/linux-launcher.sh, app/inspector).
     */
    public static boolean hasGpu(Path dev) {
        if (Files.exists(dev.resolve("nvidia0"))) {
            return true;
        }
        try (Stream<Path> nodes = Files.list(dev.resolve("dri"))) {
            return nodes.anyMatch(n -> n.getFileName().toString().startsWith("renderD"));
        } catch (IOException | UncheckedIOException noDri) {
            return false;
        }
    }
}
