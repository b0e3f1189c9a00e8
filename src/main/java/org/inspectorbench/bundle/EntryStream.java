package org.inspectorbench.bundle;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;

import java.util.zip.ZipInputStream;

/**
 * Streams a bundle's entries in file order, enforcing the limits on the bytes actually inflated
 * (never on what headers claim): entry count, bytes per entry and in total, and the compression
 * ratio. Each entry is hashed as it is read.
 */
final class EntryStream implements AutoCloseable {

    /** One entry read: its bytes (when kept), SHA-256 and size. */
    record Read(byte[] bytes, String sha256, long size) {
    }

    private final Path file;
    private final BundleLimits limits;
    private final CountingInputStream counted;
    private final ZipInputStream zip;
    private final byte[] buffer = new byte[1 << 16];
    private int entries;
    private long total;

    EntryStream(Path file, BundleLimits limits) throws IOException {
        this.file = file;
        this.limits = limits;
        this.counted = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
        this.zip = new ZipInputStream(counted);
    }

    /** The next entry, or null at the end. */
    ZipEntry next() {
        try {
            ZipEntry e = zip.getNextEntry();
            if (e != null && ++entries > limits.maxEntries()) {
                throw bomb("more than " + limits.maxEntries() + " entries");
            }
            return e;
        } catch (IOException e) {
            throw damaged(null, e);
        }
    }

    /**
     * Reads the current entry: at most {@code expectedSize} bytes (more is a changed entry), kept in
     * memory only when {@code keep}.
     */
    Read read(String name, long expectedSize, boolean keep) {
        return read(name, expectedSize, keep, true);
    }

    /** As {@link #read(String, long, boolean)}; without {@code hash} the result's sha256 is null (the caller hashes). */
    Read read(String name, long expectedSize, boolean keep, boolean hash) {
        MessageDigest digest = hash ? sha256() : null;
        ByteArrayOutputStream kept = keep ? new ByteArrayOutputStream((int) Math.min(expectedSize, 1 << 20)) : null;
        long size = 0;
        long rawStart = counted.count();
        try {
            int n;
            while ((n = zip.read(buffer)) > 0) {
                size += n;
                total += n;
                if (size > limits.maxEntryBytes()) {
                    throw bomb("entry " + name + " inflates to more than " + limits.maxEntryBytes() + " bytes");
                }
                if (total > limits.maxTotalBytes()) {
                    throw bomb("the entries inflate to more than " + limits.maxTotalBytes() + " bytes in total");
                }
                long raw = Math.max(1, counted.count() - rawStart);
                if (size > limits.ratioFloorBytes() && size / raw > limits.maxRatio()) {
                    throw bomb("entry " + name + " inflates more than " + limits.maxRatio() + " times its stored size");
                }
                if (size > expectedSize) {
                    throw changed(name, "it is longer than the " + expectedSize + " bytes the manifest lists");
                }
                if (digest != null) {
                    digest.update(buffer, 0, n);
                }
                if (kept != null) {
                    kept.write(buffer, 0, n);
                }
            }
        } catch (IOException e) {
            throw damaged(name, e);
        }
        return new Read(kept == null ? null : kept.toByteArray(),
                digest == null ? null : HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Reads the current entry only to get past it, within the limits. */
    void skip(String name) {
        read(name, Long.MAX_VALUE, false);
    }

    BundleException damaged(String name, IOException e) {
        String msg = String.valueOf(e.getMessage());
        if (e instanceof EOFException || msg.contains("Unexpected end") || msg.contains("EOF")) {
            return new BundleException(BundleProblem.TRUNCATED, "文件不完整 the bundle " + file.getFileName()
                    + " ends too early" + (name == null ? "" : " (inside " + name + ")")
                    + ": the copy was probably interrupted. Copy it again from its source. Nothing was imported.", e);
        }
        return new BundleException(BundleProblem.CHANGED_ENTRY, "文件已损坏 the bundle " + file.getFileName()
                + " is damaged" + (name == null ? "" : " at " + name) + " (" + msg + "). Copy it again from its"
                + " source or ask its author to export it again. Nothing was imported.", e);
    }

    BundleException bomb(String what) {
        return new BundleException(BundleProblem.ZIP_BOMB, "压缩包异常 the bundle " + file.getFileName() + " is refused: "
                + what + " (limit against zip bombs). A real bundle never does this: do not open this file;"
                + " ask its author for a new export. Nothing was imported.");
    }

    BundleException changed(String name, String why) {
        return new BundleException(BundleProblem.CHANGED_ENTRY, "内容被改动 the entry " + name + " of "
                + file.getFileName() + " is not what the signed manifest lists: " + why
                + ". The bundle was changed or damaged after it was signed; ask its author to export it again."
                + " Nothing was imported.");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            zip.close();
        } catch (IOException | RuntimeException ignored) {
            // read-only: nothing to lose
        }
    }

}
