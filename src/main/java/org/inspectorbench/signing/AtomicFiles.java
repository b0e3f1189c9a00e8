package org.inspectorbench.signing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file so that it is either complete or absent: into a temporary file in the target
 * folder, then moved over the target in one step. A failure leaves no partial file behind.
 */
final class AtomicFiles {

    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException, SigningException;
    }

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} atomically. The temporary file starts readable by its owner only
     * (createTempFile): a keystore ({@code privateFile}) stays so; a PDF or certificate gets the
     * permissions of the file it replaces, or rw-r--r--, as a file written in place would.
     */
    static void write(Path target, boolean replaceExisting, boolean privateFile, Writer writer) throws SigningException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (!replaceExisting && Files.exists(absolute)) {
            throw SigningProblem.of(SigningProblem.Kind.OUTPUT_EXISTS,
                    "文件已存在 " + target + " already exists: choose another name (it is not overwritten)");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw SigningProblem.of(SigningProblem.Kind.CANNOT_WRITE,
                    "目标文件夹不存在 folder " + folder + " does not exist: create it first");
        }
        Path temp = null;
        try {
            temp = Files.createTempFile(folder, "." + absolute.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            if (!privateFile) {
                sharePermissions(temp, absolute);
            }
            move(temp, absolute, replaceExisting);
            temp = null;
        } catch (IOException e) {
            throw SigningProblem.of(SigningProblem.Kind.CANNOT_WRITE,
                    "无法写入 cannot write " + target + ": " + e.getMessage(), e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Nothing more we can do; the .part name marks it as debris.
                }
            }
        }
    }

    private static void sharePermissions(Path temp, Path target) throws IOException {
        if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temp, permissions);
    }

    private static void move(Path temp, Path target, boolean replaceExisting) throws IOException {
        try {
            if (replaceExisting) {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } else {
                // Without REPLACE_EXISTING the move refuses a target that appeared meanwhile.
                Files.move(temp, target);
            }
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, replaceExisting
                    ? new StandardCopyOption[]{StandardCopyOption.REPLACE_EXISTING}
                    : new StandardCopyOption[0]);
        }
    }
}
