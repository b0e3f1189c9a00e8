package org.inspectorbench.evidence;

/** A small JPEG rendering of an evidence image for lists and grids. */
public record Thumbnail(byte[] jpeg, int width, int height) {

    public static final String FORMAT = "jpeg";
    /** The longer side of a thumbnail, in pixels. */
    public static final int MAX_SIDE = 256;
}
