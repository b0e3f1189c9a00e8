package org.inspectorbench.bundle;

/**
 * What a bundle may hold at most, enforced while reading (zip headers are not trusted): a zip bomb
 * or a damaged file is refused before it fills the disk or the memory.
 *
 * @param maxEntries    entries in the zip
 * @param maxEntryBytes uncompressed bytes of one entry (a long-page screenshot is a few MB)
 * @param maxTotalBytes uncompressed bytes of all entries
 * @param maxRatio      uncompressed / compressed size of an entry above {@code ratioFloorBytes}
 */
public record BundleLimits(int maxEntries, long maxEntryBytes, long maxTotalBytes, int maxRatio,
                           long ratioFloorBytes) {

    public static final BundleLimits DEFAULT = new BundleLimits(200_000, 64L << 20, 32L << 30, 200, 1L << 20);

    /** Records and manifests are JSON text: far smaller than images. */
    public static final long MAX_MANIFEST_BYTES = 32L << 20;
    public static final long MAX_SIGNATURE_BYTES = 1L << 20;
}
