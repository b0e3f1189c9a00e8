package org.inspectorbench.store;

import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * SQLite's native library, extracted once into the data folder and loaded from there. Left to
 * itself, sqlite-jdbc copies the library out of its jar on every start, under a new name, and then
 * compares the copy with the jar byte by byte: a tenth of a second or more of each start-up on a
 * slow laptop. Here a folder per sqlite-jdbc version holds one copy; a later start that finds it
 * whole (the size the jar says) points sqlite-jdbc straight at it. If that copy does not load,
 * sqlite-jdbc falls back to its own extraction, so nothing here can stop the program opening.
 */
final class SqliteNative {

    static final String LIB_PATH = "org.sqlite.lib.path";
    static final String LIB_NAME = "org.sqlite.lib.name";

    private SqliteNative() {
    }

    /**
     * Sets sqlite-jdbc's properties to a ready copy under {@code nativeDir}; false when it could not.
     * The caller ({@code AppDirs.prepareSqliteNativeDir}) has left alone a path the user set.
     */
    static boolean prepare(Path nativeDir) {
        try {
            Path lib = readyCopy(nativeDir);
            if (lib == null) {
                return false;
            }
            System.setProperty(LIB_PATH, lib.getParent().toString());
            System.setProperty(LIB_NAME, lib.getFileName().toString());
            return true;
        } catch (IOException | RuntimeException e) {
            // Unwritable folder, a library in use while being replaced (Windows): sqlite-jdbc extracts its own.
            return false;
        }
    }

    /**
     * The library for this platform under {@code nativeDir}, extracted when missing or not whole;
     * null when sqlite-jdbc has none for this platform.
     */
    static Path readyCopy(Path nativeDir) throws IOException {
        String name = LibraryLoaderUtil.getNativeLibName();
        URL resource = SQLiteJDBCLoader.class.getResource(LibraryLoaderUtil.getNativeLibResourcePath() + "/" + name);
        if (resource == null) {
            return null;
        }
        long size = resource.openConnection().getContentLengthLong();
        Path dir = nativeDir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion());
        Path lib = dir.resolve(name);
        if (!Files.isRegularFile(lib) || size < 0 || Files.size(lib) != size) {
            extract(resource, dir, lib);
        }
        return lib;
    }

    /** Through a temporary file and a rename: a second program starting at the same time never loads half a file. */
    private static void extract(URL resource, Path dir, Path lib) throws IOException {
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "extract-", ".tmp");
        try (InputStream in = resource.openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(tmp, lib, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
