package org.inspectorbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DefaultWorkspaceTest {

    @TempDir
    Path dir;

    @Test
    void thePerUserFolderFollowsEachSystemsConvention() {
        assertEquals(Path.of("C:\\Users\\z\\AppData\\Roaming", "InspectorWorkbench"), AppDirs.dataDir("Windows 11",
                Map.of("APPDATA", "C:\\Users\\z\\AppData\\Roaming"), "C:\\Users\\z", null));
        assertEquals(Path.of("/Users/z/Library/Application Support/InspectorWorkbench"),
                AppDirs.dataDir("Mac OS X", Map.of(), "/Users/z", null));
        assertEquals(Path.of("/home/z/.local/share/inspector-workbench"), AppDirs.dataDir("Linux", Map.of(), "/home/z", null));
        assertEquals(Path.of("/data/xdg/inspector-workbench"),
                AppDirs.dataDir("Linux", Map.of("XDG_DATA_HOME", "/data/xdg"), "/home/z", null));
        assertEquals(Path.of("/portable"), AppDirs.dataDir("Linux", Map.of(), "/home/z", "/portable"));
    }

    @Test
    void theDefaultWorkspaceIsCreatedFromTheBundledSampleCampaignOnFirstUse() {
        String before = System.getProperty(AppDirs.DATA_DIR_PROPERTY);
        System.setProperty(AppDirs.DATA_DIR_PROPERTY, dir.toString());
        try {
            Path expected = System.getenv(AppDirs.WORKSPACE_ENV) != null ? Path.of(System.getenv(AppDirs.WORKSPACE_ENV))
                    : dir.resolve(AppDirs.DEFAULT_WORKSPACE_NAME);
            String finding;
            try (Workspace ws = Workspace.openDefault()) {
                assertEquals(expected, ws.file());
                assertEquals("mianyang-2022", ws.campaign().id());
                assertEquals(49, ws.units().size());
                assertEquals(53, ws.units().stream().mapToInt(u -> u.websites().size()).sum());
                assertTrue(ws.units().stream().flatMap(u -> u.accounts().stream()).allMatch(Account::sample),
                        "the bundled accounts are all marked sample data");
                assertEquals(java.time.LocalDate.of(2022, 11, 25), ws.campaign().monitoringDate());
                finding = ws.putFinding(FindingDraft.rule("涪城区", "政务公开/依申请公开", "1a")).id();
            }
            assertTrue(Files.exists(expected));
            try (Workspace ws = Workspace.openDefault()) {
                assertTrue(ws.finding(finding).isPresent(), "the second use opens the same workspace");
            }
        } finally {
            if (before == null) {
                System.clearProperty(AppDirs.DATA_DIR_PROPERTY);
            } else {
                System.setProperty(AppDirs.DATA_DIR_PROPERTY, before);
            }
        }
    }
}
