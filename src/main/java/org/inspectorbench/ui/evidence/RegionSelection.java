package org.inspectorbench.ui.evidence;

/**
 * A rubber-band selection on the screen, in the overlay's coordinates (JavaFX pixels, from the
 * screen's top left): normalised whichever way it was dragged, and kept on the screen.
 */
public record RegionSelection(double x, double y, double width, double height) {

    /** Smaller than this (a click, a slip) is no selection. */
    static final double MIN_SIZE = 4;

    /** The rectangle between two corners, clamped to a {@code maxWidth} x {@code maxHeight} screen. */
    public static RegionSelection between(double x0, double y0, double x1, double y1, double maxWidth, double maxHeight) {
        double left = clamp(Math.min(x0, x1), maxWidth);
        double top = clamp(Math.min(y0, y1), maxHeight);
        double right = clamp(Math.max(x0, x1), maxWidth);
        double bottom = clamp(Math.max(y0, y1), maxHeight);
        return new RegionSelection(left, top, right - left, bottom - top);
    }

    public boolean usable() {
        return width >= MIN_SIZE && height >= MIN_SIZE;
    }

    /**
     * The selection in the captured image's pixels ({@code x, y, width, height}): a HiDPI screen
     * captures {@code scale} image pixels per JavaFX pixel. Rounded outwards, kept inside the image.
     */
    public int[] pixels(double scale, int imageWidth, int imageHeight) {
        int px = (int) Math.max(0, Math.floor(x * scale));
        int py = (int) Math.max(0, Math.floor(y * scale));
        int pr = (int) Math.min(imageWidth, Math.ceil((x + width) * scale));
        int pb = (int) Math.min(imageHeight, Math.ceil((y + height) * scale));
        return new int[]{px, py, Math.max(1, pr - px), Math.max(1, pb - py)};
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
