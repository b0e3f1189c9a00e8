package org.inspectorbench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines that fit a width, the way Chinese typesetting does: a line may break
 * between any two ideographs, but not before closing punctuation (，。、；：？！ and closing brackets)
 * nor after an opening bracket (避头尾); a run of Latin letters, digits or a URL breaks at spaces,
 * and only when a single run is wider than the line (a SHA-256, a long URL) is it cut anywhere.
 * A newline in the text starts a new line.
 */
final class LineBreaker {

    private static final String NO_LINE_START = "，。、；：？！,.;:?!)）]】》」』〉”’%％·…—-/";
    private static final String NO_LINE_END = "(（[【《「『〈“‘";

    private LineBreaker() {
    }

    static List<String> wrap(String text, Typeface face, float size, float maxWidth) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            lines.add("");
            return lines;
        }
        for (String paragraph : text.split("\r?\n", -1)) {
            wrapParagraph(face.printable(paragraph), face, size, maxWidth, lines);
        }
        return lines;
    }

    private static void wrapParagraph(String text, Typeface face, float size, float maxWidth, List<String> lines) {
        StringBuilder line = new StringBuilder();
        float lineWidth = 0;
        for (String segment : segments(text)) {
            float w = face.width(segment, size);
            if (lineWidth + w <= maxWidth || line.length() == 0 && w <= maxWidth) {
                line.append(segment);
                lineWidth += w;
                continue;
            }
            if (line.length() > 0 && (w <= maxWidth || lineWidth > maxWidth * 0.6f)) {
                lines.add(stripEnd(line));
                line.setLength(0);
                lineWidth = 0;
                String rest = stripStart(segment);
                w = face.width(rest, size);
                segment = rest;
                if (w <= maxWidth) {
                    line.append(segment);
                    lineWidth = w;
                    continue;
                }
            }
            // A run wider than a whole line: cut it character by character where it reaches the edge.
            for (int i = 0; i < segment.length(); ) {
                int cp = segment.codePointAt(i);
                float cw = face.width(cp, size);
                if (lineWidth + cw > maxWidth && line.length() > 0) {
                    lines.add(stripEnd(line));
                    line.setLength(0);
                    lineWidth = 0;
                }
                line.appendCodePoint(cp);
                lineWidth += cw;
                i += Character.charCount(cp);
            }
        }
        lines.add(stripEnd(line));
    }

    /**
     * The units a line may not break inside: one ideograph with the closing punctuation after it
     * and the opening brackets before it, or one Latin word with its trailing spaces.
     */
    static List<String> segments(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int start = i;
            // Opening brackets stay with what follows them.
            while (i < n && NO_LINE_END.indexOf(text.charAt(i)) >= 0) {
                i++;
            }
            if (i < n) {
                int cp = text.codePointAt(i);
                if (isWordChar(cp)) {
                    while (i < n && isWordChar(text.codePointAt(i))) {
                        i += Character.charCount(text.codePointAt(i));
                    }
                } else {
                    i += Character.charCount(cp);
                }
            }
            // Closing punctuation and spaces stay with what precedes them.
            while (i < n && (NO_LINE_START.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == ' ')) {
                i++;
            }
            out.add(text.substring(start, i));
        }
        return out;
    }

    /** Letters and digits of alphabetic scripts and the characters that join them in numbers and URLs. */
    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return Character.isLetterOrDigit(cp) || "_@#&=+~:.,/%-?".indexOf(cp) >= 0 && cp != ' ';
        }
        return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
    }

    private static String stripEnd(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        return line.substring(0, end);
    }

    private static String stripStart(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }
}
