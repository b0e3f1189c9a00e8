package org.inspectorbench.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * A paragraph of one style: the unit of text in a table cell or a body block.
 *
 * @param indent      left indent of every line, in points (a hanging list of findings)
 * @param spaceBefore extra space above the paragraph, in points
 */
record Para(Typeface face, float size, Color color, String text, float indent, float spaceBefore) {

    Para(Typeface face, float size, Color color, String text) {
        this(face, size, color, text, 0, 0);
    }

    Para indented(float by) {
        return new Para(face, size, color, text, indent + by, spaceBefore);
    }

    Para after(float space) {
        return new Para(face, size, color, text, indent, space);
    }

    float lineHeight() {
        return size * PdfStyle.LEADING;
    }

    /** One laid-out line. */
    record Line(Para para, String text, float height, float gapBefore) {
    }

    /** The paragraph's lines within {@code width}. */
    List<Line> lines(float width) {
        List<String> texts = LineBreaker.wrap(text, face, size, Math.max(size, width - indent));
        List<Line> out = new ArrayList<>(texts.size());
        for (int i = 0; i < texts.size(); i++) {
            out.add(new Line(this, texts.get(i), lineHeight(), i == 0 ? spaceBefore : 0));
        }
        return out;
    }

    static float height(List<Line> lines) {
        float h = 0;
        for (Line l : lines) {
            h += l.height() + l.gapBefore();
        }
        return h;
    }
}
