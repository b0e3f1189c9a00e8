package org.inspectorbench.report;

import org.apache.pdfbox.pdmodel.font.PDFont;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One embedded font of a document with the widths of the characters measured so far. Line
 * breaking measures every character of every candidate line; asking the font each time costs far
 * more than the layout itself, so widths are kept per code point, and shared by every document
 * that uses the same font (the widths come from the font file, not from the document). Characters the font has no glyph
 * for (emoji, rare ideographs) are shown as '?' rather than failing the whole scorecard.
 */
final class Typeface {

    private static final int REPLACEMENT = '?';

    private final PDFont font;
    /** Per font name: width in 1/1000 em, or -1 when the font has no glyph for the code point. */
    private static final Map<String, Map<Integer, Float>> WIDTHS = new ConcurrentHashMap<>();

    private final Map<Integer, Float> widths;

    Typeface(PDFont font) {
        this.font = font;
        this.widths = WIDTHS.computeIfAbsent(font.getName(), k -> new ConcurrentHashMap<>());
    }

    PDFont font() {
        return font;
    }

    /** Width of {@code text} at {@code size} points (the text already {@link #printable}). */
    float width(String text, float size) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += glyphWidth(cp);
            i += Character.charCount(cp);
        }
        return w * size / 1000f;
    }

    /** Width of one code point at {@code size} points. */
    float width(int codePoint, float size) {
        return glyphWidth(codePoint) * size / 1000f;
    }

    /** {@code text} with tabs as spaces and characters the font cannot show replaced by '?'. */
    String printable(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int shown = cp == '\t' ? ' ' : (raw(cp) < 0 ? REPLACEMENT : cp);
            if (shown != cp && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(shown);
            }
            i += Character.charCount(cp);
        }
        return out == null ? text : out.toString();
    }

    private float glyphWidth(int cp) {
        float w = raw(cp);
        return w < 0 ? raw(REPLACEMENT) : w;
    }

    private float raw(int cp) {
        Float cached = widths.get(cp);
        if (cached != null) {
            return cached;
        }
        float w;
        if (Character.isISOControl(cp) && cp != '\t') {
            w = -1;
        } else {
            try {
                w = font.getStringWidth(new String(Character.toChars(cp)));
            } catch (IllegalArgumentException e) {
                w = -1;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        widths.put(cp, w);
        return w;
    }
}
