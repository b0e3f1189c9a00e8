package org.inspectorbench.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The per-user folders of the program. The data folder holds the default workspace and the
 * SQLite native library (extracted there rather than to /tmp, which may be mounted noexec).
 */
public final class AppDirs {

    /** Overrides the data folder (tests, portable installs). */
    public static final String DATA_DIR_PROPERTY = "inspector.dataDir";
    public static final String WORKSPACE_ENV = "INSPECTOR_WORKSPACE";
    public static final String DEFAULT_WORKSPACE_NAME = "workspace.inspector";

    private AppDirs() {
    }

    public static Path dataDir() {
        return dataDir(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."),
                System.getProperty(DATA_DIR_PROPERTY));
    }

    static Path dataDir(String osName, Map<String, String> env, String home, String override) {
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : Path.of(home, "AppData", "Roaming");
            return base.resolve("InspectorWorkbench");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Application Support", "InspectorWorkbench");
        }
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(home, ".local", "share");
        return base.resolve("inspector-workbench");
    }

    /** The workspace used when none is named: INSPECTOR_WORKSPACE, else the data folder's. */
    public static Path defaultWorkspace() {
        String env = System.getenv(WORKSPACE_ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return dataDir().resolve(DEFAULT_WORKSPACE_NAME);
    }

    /**
     * Points sqlite-jdbc at its native library in our data folder (extracted there once, see
     * {@link SqliteNative}), or at least makes it extract there. Must run before the first
     * connection; values set by the user (-Dorg.sqlite.lib.path, -Dorg.sqlite.tmpdir) are kept.
     */
    public static synchronized void prepareSqliteNativeDir() {
        if (System.getProperty("org.sqlite.tmpdir") != null || System.getProperty(SqliteNative.LIB_PATH) != null) {
            return;
        }
        Path dir = dataDir().resolve("native");
        if (SqliteNative.prepare(dir)) {
            return;
        }
        try {
            Files.createDirectories(dir);
            System.setProperty("org.sqlite.tmpdir", dir.toString());
        } catch (IOException e) {
            // Unwritable home: sqlite-jdbc falls back to java.io.tmpdir, which works on most machines.
        }
    }
}
