package org.inspectorbench.ui.help;

import java.util.List;

/**
 * One block of the user guide as the help window shows it. The guide is written in Markdown for
 * GitHub and for the program alike; these are the few shapes it uses.
 */
public sealed interface GuideBlock {

    /** A run of text inside a block, plain, bold or code. Links keep only their text. */
    record Span(String text, Style style) {
        public enum Style { PLAIN, BOLD, CODE }
    }

    record Heading(int level, String text, String anchor) implements GuideBlock {
    }

    record Paragraph(List<Span> spans) implements GuideBlock {
    }

    /** A list item; {@code marker} is "•" or the item's number ("3."). */
    record ListItem(int depth, String marker, List<Span> spans) implements GuideBlock {
    }

    record Quote(List<Span> spans) implements GuideBlock {
    }

    record Code(String text) implements GuideBlock {
    }

    /** {@code path} relative to the guide, e.g. "screenshots/main-window.png". */
    record Image(String alt, String path) implements GuideBlock {
    }

    /** The first row is the header. */
    record Table(List<List<List<Span>>> rows) implements GuideBlock {
    }
}
