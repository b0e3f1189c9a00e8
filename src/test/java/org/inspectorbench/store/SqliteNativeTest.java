package org.inspectorbench.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteJDBCLoader;
import org.sqlite.util.LibraryLoaderUtil;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class SqliteNativeTest {

    private static byte[] jarCopy() throws Exception {
        try (InputStream in = SQLiteJDBCLoader.class.getResourceAsStream(
                LibraryLoaderUtil.getNativeLibResourcePath() + "/" + LibraryLoaderUtil.getNativeLibName())) {
            assertNotNull(in, "sqlite-jdbc has a library for the machine the tests run on");
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsExtractedOnceIntoAFolderOfItsVersion(@TempDir Path dir) throws Exception {
        Path lib = SqliteNative.readyCopy(dir);
        assertEquals(dir.resolve("sqlite-jdbc-" + SQLiteJDBCLoader.getVersion()), lib.getParent());
        assertArrayEquals(jarCopy(), Files.readAllBytes(lib));

        FileTime earlier = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(lib, earlier);
        assertEquals(lib, SqliteNative.readyCopy(dir));
        assertEquals(earlier, Files.getLastModifiedTime(lib), "a whole copy is used as it is, not written again");
        try (var files = Files.list(lib.getParent())) {
            assertEquals(1, files.count(), "no temporary files left behind");
        }
    }

    @Test
    void aCutShortCopyIsReplaced(@TempDir Path dir) throws Exception {
        Path lib = SqliteNative.readyCopy(dir);
        byte[] whole = Files.readAllBytes(lib);
        Files.write(lib, java.util.Arrays.copyOf(whole, whole.length / 3));
        assertArrayEquals(whole, Files.readAllBytes(SqliteNative.readyCopy(dir)));
    }
}
