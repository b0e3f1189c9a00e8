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
    void linuxWithoutAGpuRenderNodeDrawsInSoftware(@TempDir Path dri) throws IOException {
        Files.createFile(dri.resolve("card0"));
        assertTrue(SoftwareRendering.expected(null, "Linux", dri));
        assertTrue(SoftwareRendering.expected(null, "Linux", dri.resolve("missing")), "no /dev/dri at all");
        Files.createFile(dri.resolve("renderD128"));
        assertFalse(SoftwareRendering.expected(null, "Linux", dri));
    }

    @Test
    void theOrderGivenDecides(@TempDir Path dri) throws IOException {
        Files.createFile(dri.resolve("renderD128"));
        assertTrue(SoftwareRendering.expected("sw", "Linux", dri));
        assertTrue(SoftwareRendering.expected("sw", "Windows 11", dri));
        assertFalse(SoftwareRendering.expected("es2,sw", "Linux", dri.resolve("missing")));
    }

    @Test
    void otherSystemsKeepTheCache(@TempDir Path dri) {
        assertFalse(SoftwareRendering.expected(null, "Windows 11", dri.resolve("missing")));
        assertFalse(SoftwareRendering.expected(null, "Mac OS X", dri.resolve("missing")));
    }

    @Test
    void theCacheIsTurnedOffOnlyWhereItIsNotWanted(@TempDir Path dri) throws IOException {
        Properties software = new Properties();
        SoftwareRendering.configure(software, "Linux", dri);
        assertEquals("true", software.getProperty("prism.disableRegionCaching"));

        Properties userSaid = new Properties();
        userSaid.setProperty("prism.disableRegionCaching", "false");
        SoftwareRendering.configure(userSaid, "Linux", dri);
        assertEquals("false", userSaid.getProperty("prism.disableRegionCaching"));

        Files.createFile(dri.resolve("renderD128"));
        Properties gpu = new Properties();
        SoftwareRendering.configure(gpu, "Linux", dri);
        assertNull(gpu.getProperty("prism.disableRegionCaching"));
    }
}
