package org.inspectorbench.report;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes report files so that they are complete or absent: a PDF goes to a temporary file in the
 * target folder and is moved over the target in one step; a whole export (--all) is written into
 * a staging folder first and moved into place only when every file is done. A failure or a
 * cancel deletes what was staged and leaves any earlier export untouched.
 */
final class OutputFiles {

    private OutputFiles() {
    }

    /** Writes {@code bytes} to {@code target} atomically (replacing an older file of that name). */
    static void write(Path target, byte[] bytes) throws ReportException {
        Path absolute = target.toAbsolutePath();
        Path folder = checkFolder(absolute.getParent());
        if (Files.isDirectory(absolute)) {
            throw cannotWrite(target + " 是文件夹 is a folder: give a file name ending in .pdf", null);
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            Files.write(temp, bytes);
            readable(temp, false);
            move(temp, absolute);
            temp = null;
        } catch (IOException e) {
            throw cannotWrite("无法写入 cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(temp);
        }
    }

    /** A new staging folder next to {@code target} (a folder), for {@link #publish}. */
    static Path stage(Path target) throws ReportException {
        Path absolute = target.toAbsolutePath();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw cannotWrite(target + " 是文件 is a file: --all writes a folder of PDFs; give a folder name", null);
        }
        Path parent = checkFolder(absolute.getParent());
        try {
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".part-");
            readable(staging, true);
            return staging;
        } catch (IOException e) {
            throw cannotWrite("无法写入 cannot write in " + parent + ": " + e.getMessage(), e);
        }
    }

    /** Writes one file into a staging folder (not atomically: the folder is published as a whole). */
    static void writeStaged(Path staging, String name, byte[] bytes) throws ReportException {
        Path file = staging.resolve(name);
        try {
            Files.write(file, bytes);
            readable(file, false);
        } catch (IOException e) {
            throw cannotWrite("无法写入 cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Temporary files start private to their owner (createTempFile); a report is a document to
     * share, so it gets the permissions an ordinary new file has.
     */
    private static void readable(Path p, boolean folder) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(folder ? "rwxr-xr-x" : "rw-r--r--"));
        }
    }

    /**
     * Moves a complete staging folder into place: renamed to {@code target} when that does not
     * exist yet (one step), else its files replace those of the same names in {@code target}.
     */
    static void publish(Path staging, Path target) throws ReportException {
        Path absolute = target.toAbsolutePath();
        try {
            if (!Files.exists(absolute)) {
                try {
                    Files.move(staging, absolute, StandardCopyOption.ATOMIC_MOVE);
                    return;
                } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
                    // Created meanwhile, or another file system: move file by file below.
                }
            }
            Files.createDirectories(absolute);
            try (DirectoryStream<Path> files = Files.newDirectoryStream(staging)) {
                for (Path f : files) {
                    move(f, absolute.resolve(f.getFileName().toString()));
                }
            }
            Files.delete(staging);
        } catch (IOException e) {
            throw cannotWrite("无法写入 cannot write " + target + ": " + e.getMessage(), e);
        }
    }

    /** Deletes a staging folder and what is in it. */
    static void discard(Path staging) {
        if (staging == null || !Files.exists(staging)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(staging)) {
            walk.sorted(Comparator.reverseOrder()).forEach(OutputFiles::deleteQuietly);
        } catch (IOException ignored) {
            // Best effort: the ".part-" name marks it as debris.
        }
    }

    /** A file name for a unit's PDF: the unit's name without characters file systems refuse. */
    static String fileName(String name) {
        String safe = name.strip().replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
        return safe.isEmpty() ? "_" : safe;
    }

    private static Path checkFolder(Path folder) throws ReportException {
        if (folder == null || !Files.isDirectory(folder)) {
            throw cannotWrite("目标文件夹不存在 folder " + folder + " does not exist: create it first", null);
        }
        return folder;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p == null) {
            return;
        }
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // Nothing more to do.
        }
    }

    private static ReportException cannotWrite(String message, Throwable cause) {
        return new ReportException(ReportException.Kind.CANNOT_WRITE, message, cause);
    }
}
