package org.inspectorbench.signing;

/**
 * Where the visible signature box goes: a page (1-based, as printed "第 x 页"; 0 = the last page)
 * and a rectangle in PDF points from the page's lower-left corner. Without a rectangle the box is
 * put at the bottom right and moved left (then up) past any signature box already there, so that
 * a countersignature does not cover the first signature.
 */
public record SignaturePlacement(int page, Box box) {

    /** Default box size: five lines of 8.5 pt text with margins. */
    public static final float DEFAULT_WIDTH = 220;
    public static final float DEFAULT_HEIGHT = 76;
    /** Margin from the page edges and between automatically placed boxes. */
    public static final float MARGIN = 36;
    public static final float GAP = 8;

    /** A rectangle in points; {@code x, y} is the lower-left corner. */
    public record Box(float x, float y, float width, float height) {
        public Box {
            if (!(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("a signature box needs a positive width and height");
            }
        }

        boolean overlaps(Box other) {
            return x < other.x + other.width && other.x < x + width
                    && y < other.y + other.height && other.y < y + height;
        }
    }

    public SignaturePlacement {
        if (page < 0) {
            throw new IllegalArgumentException("page numbers start at 1 (0 = last page): " + page);
        }
    }

    /** The last page, bottom right, past existing signature boxes. */
    public static SignaturePlacement automatic() {
        return new SignaturePlacement(0, null);
    }

    /** Page {@code page} (0 = last), bottom right, past existing signature boxes. */
    public static SignaturePlacement automatic(int page) {
        return new SignaturePlacement(page, null);
    }

    /** Exactly this rectangle (points from the lower-left corner) on page {@code page} (0 = last). */
    public static SignaturePlacement at(int page, float x, float y, float width, float height) {
        return new SignaturePlacement(page, new Box(x, y, width, height));
    }

    public boolean isAutomatic() {
        return box == null;
    }
}
