package org.inspectorbench.ui.help;

import org.inspectorbench.ui.help.GuideBlock.Span;
import org.inspectorbench.ui.help.GuideBlock.Span.Style;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of Markdown the user guide is written in (headings, paragraphs, lists, quotes,
 * fenced code, images, pipe tables; bold, code and links inline). Pure: the help window renders the
 * blocks, and a test checks every screenshot the guide names is shipped with it.
 */
public final class GuideParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern IMAGE = Pattern.compile("^!\\[([^]]*)]\\(([^)\\s]+)\\)\\s*$");
    private static final Pattern BULLET = Pattern.compile("^(\\s*)[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\s*)(\\d+)[.)]\\s+(.*)$");
    private static final Pattern INLINE = Pattern.compile("\\*\\*(.+?)\\*\\*|`([^`]+)`|!?\\[([^]]*)]\\(([^)]*)\\)");

    private GuideParser() {
    }

    public static List<GuideBlock> parse(String markdown) {
        List<GuideBlock> blocks = new ArrayList<>();
        String[] lines = markdown.replace("\r\n", "\n").split("\n", -1);
        StringBuilder paragraph = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty()) {
                flush(paragraph, blocks);
                i++;
                continue;
            }
            if (trimmed.startsWith("```")) {
                flush(paragraph, blocks);
                StringBuilder code = new StringBuilder();
                i++;
                while (i < lines.length && !lines[i].strip().startsWith("```")) {
                    code.append(code.isEmpty() ? "" : "\n").append(lines[i]);
                    i++;
                }
                blocks.add(new GuideBlock.Code(code.toString()));
                i++;
                continue;
            }
            Matcher m;
            if ((m = HEADING.matcher(trimmed)).matches()) {
                flush(paragraph, blocks);
                String text = plain(m.group(2));
                blocks.add(new GuideBlock.Heading(m.group(1).length(), text, anchor(text)));
            } else if ((m = IMAGE.matcher(trimmed)).matches()) {
                flush(paragraph, blocks);
                blocks.add(new GuideBlock.Image(m.group(1), m.group(2)));
            } else if (trimmed.startsWith("|")) {
                flush(paragraph, blocks);
                List<List<List<Span>>> rows = new ArrayList<>();
                while (i < lines.length && lines[i].strip().startsWith("|")) {
                    String row = lines[i].strip();
                    if (!row.matches("\\|[\\s:|-]+\\|?")) {
                        rows.add(cells(row));
                    }
                    i++;
                }
                blocks.add(new GuideBlock.Table(rows));
                continue;
            } else if (trimmed.startsWith(">")) {
                flush(paragraph, blocks);
                StringBuilder quote = new StringBuilder();
                while (i < lines.length && lines[i].strip().startsWith(">")) {
                    quote.append(quote.isEmpty() ? "" : " ").append(lines[i].strip().substring(1).strip());
                    i++;
                }
                blocks.add(new GuideBlock.Quote(spans(quote.toString())));
                continue;
            } else if ((m = BULLET.matcher(line)).matches() && !trimmed.startsWith("**")) {
                flush(paragraph, blocks);
                i = listItem(lines, i, depth(m.group(1)), "•", m.group(2), blocks);
                continue;
            } else if ((m = NUMBERED.matcher(line)).matches()) {
                flush(paragraph, blocks);
                i = listItem(lines, i, depth(m.group(1)), m.group(2) + ".", m.group(3), blocks);
                continue;
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : joiner(paragraph)).append(trimmed);
            }
            i++;
        }
        flush(paragraph, blocks);
        return List.copyOf(blocks);
    }

    /** A list item with its continuation lines (indented, not a new item). */
    private static int listItem(String[] lines, int i, int depth, String marker, String first, List<GuideBlock> blocks) {
        StringBuilder text = new StringBuilder(first.strip());
        i++;
        while (i < lines.length) {
            String next = lines[i];
            if (next.isBlank() || !Character.isWhitespace(next.charAt(0))
                    || BULLET.matcher(next).matches() || NUMBERED.matcher(next).matches()) {
                break;
            }
            text.append(joiner(text)).append(next.strip());
            i++;
        }
        blocks.add(new GuideBlock.ListItem(depth, marker, spans(text.toString())));
        return i;
    }

    private static int depth(String indent) {
        return indent.replace("\t", "    ").length() / 2;
    }

    /** Chinese lines join without a space, Latin ones with one (as a browser would show them). */
    private static String joiner(CharSequence before) {
        char last = before.charAt(before.length() - 1);
        return Character.UnicodeScript.of(last) == Character.UnicodeScript.HAN || isCjkPunctuation(last) ? "" : " ";
    }

    private static boolean isCjkPunctuation(char c) {
        return c >= '\u3000' && c <= '\u303f' || c >= '\uff00' && c <= '\uffef';
    }

    private static void flush(StringBuilder paragraph, List<GuideBlock> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new GuideBlock.Paragraph(spans(paragraph.toString())));
            paragraph.setLength(0);
        }
    }

    private static List<List<Span>> cells(String row) {
        String inner = row.substring(1, row.endsWith("|") && row.length() > 1 ? row.length() - 1 : row.length());
        List<List<Span>> cells = new ArrayList<>();
        for (String cell : inner.split("(?<!\\\\)\\|", -1)) {
            cells.add(spans(cell.strip().replace("\\|", "|")));
        }
        return cells;
    }

    static List<Span> spans(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = INLINE.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                spans.add(new Span(text.substring(at, m.start()), Style.PLAIN));
            }
            if (m.group(1) != null) {
                spans.add(new Span(m.group(1), Style.BOLD));
            } else if (m.group(2) != null) {
                spans.add(new Span(m.group(2), Style.CODE));
            } else {
                spans.add(new Span(m.group(3), Style.PLAIN));
            }
            at = m.end();
        }
        if (at < text.length()) {
            spans.add(new Span(text.substring(at), Style.PLAIN));
        }
        return List.copyOf(spans);
    }

    private static String plain(String text) {
        StringBuilder b = new StringBuilder();
        spans(text).forEach(s -> b.append(s.text()));
        return b.toString();
    }

    /** GitHub's anchor for a heading: lower case, spaces to dashes, punctuation dropped. */
    static String anchor(String heading) {
        StringBuilder b = new StringBuilder();
        for (int cp : heading.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
                b.appendCodePoint(cp);
            } else if (cp == ' ') {
                b.append('-');
            }
        }
        return b.toString();
    }
}
