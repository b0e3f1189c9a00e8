package org.inspectorbench.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SoftwareRenderingTest {

    @Test
    void aGpuIsARenderNodeOrNvidiasDevice(@TempDir Path dev) throws IOException {
        assertFalse(SoftwareRendering.hasGpu(dev), "no /dev/dri at all");
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/card0"));
        assertFalse(SoftwareRendering.hasGpu(dev), "a display controller without a render node");
        Files.createFile(dev.resolve("dri/renderD128"));
        assertTrue(SoftwareRendering.hasGpu(dev));

        Path nvidia = Files.createDirectories(dev.resolve("other"));
        Files.createFile(nvidia.resolve("nvidia0"));
        assertTrue(SoftwareRendering.hasGpu(nvidia), "NVIDIA's driver without a render node");
    }

    @Test
    void linuxWithoutAGpuDrawsInSoftwareWithoutTryingOpenGl(@TempDir Path dev) {
        Properties p = configure(new Properties(), "Linux", dev);
        assertEquals("sw", p.getProperty("prism.order"));
        assertEquals("true", p.getProperty("prism.disableRegionCaching"));
    }

    @Test
    void withAGpuOrOnOtherSystemsJavaFxChoosesAsUsual(@TempDir Path dev) throws IOException {
        assertTrue(configure(new Properties(), "Windows 11", dev).isEmpty());
        assertTrue(configure(new Properties(), "Mac OS X", dev).isEmpty());
        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/renderD128"));
        assertTrue(configure(new Properties(), "Linux", dev).isEmpty());
    }

    @Test
    void whatTheUserGivesIsKept(@TempDir Path dev) throws IOException {
        Properties gl = configure(props("prism.order", "es2,sw"), "Linux", dev);
        assertEquals("es2,sw", gl.getProperty("prism.order"));
        assertNull(gl.getProperty("prism.disableRegionCaching"));

        Properties cached = configure(props("prism.disableRegionCaching", "false"), "Linux", dev);
        assertEquals("sw", cached.getProperty("prism.order"));
        assertEquals("false", cached.getProperty("prism.disableRegionCaching"));

        Files.createDirectories(dev.resolve("dri"));
        Files.createFile(dev.resolve("dri/renderD128"));
        Properties asked = configure(props("prism.order", "sw"), "Windows 11", dev);
        assertEquals("true", asked.getProperty("prism.disableRegionCaching"), "software asked for: no cache");
    }

    private static Properties props(String key, String value) {
        Properties p = new Properties();
        p.setProperty(key, value);
        return p;
    }

    private static Properties configure(Properties p, String os, Path dev) {
        SoftwareRendering.configure(p, os, dev);
        return p;
    }
}
