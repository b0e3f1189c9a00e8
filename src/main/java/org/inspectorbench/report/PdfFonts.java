package org.inspectorbench.report;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The bundled Chinese font (Noto Sans SC, TrueType outlines) for every PDF the program writes.
 *
 * <p>Each TTF (~10 MB) is parsed once per process and shared: parsing costs ~0.5 s, a document
 * then only pays for its subset (tech-notes "Chinese text"). The fonts are embedded <em>and</em>
 * subset, so a one-page scorecard stays at a few KB and `pdftotext` gets the Chinese back
 * (PDFBox writes a ToUnicode map for the subset). FontBox guards its table reads with locks, so
 * several threads may each build their own document at the same time.
 */
public final class PdfFonts {

    static final String REGULAR_RESOURCE = "/org/inspectorbench/fonts/NotoSansSC-Regular.ttf";
    static final String BOLD_RESOURCE = "/org/inspectorbench/fonts/NotoSansSC-Bold.ttf";

    private static final ParsedFont REGULAR = new ParsedFont(REGULAR_RESOURCE);
    private static final ParsedFont BOLD = new ParsedFont(BOLD_RESOURCE);

    private PdfFonts() {
    }

    /** Noto Sans SC Regular for {@code doc}, embedded and subset to the glyphs the document shows. */
    public static PDType0Font regular(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, REGULAR.get(), true);
    }

    /** Noto Sans SC Bold for {@code doc}, embedded and subset to the glyphs the document shows. */
    public static PDType0Font bold(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, BOLD.get(), true);
    }

    /**
     * The whole font embedded, no subsetting. Only for measuring what subsetting saves
     * ({@code inspector bench}); a real document never needs ~10 MB of glyphs.
     */
    public static PDType0Font regularFullyEmbedded(PDDocument doc) throws IOException {
        return PDType0Font.load(doc, REGULAR.get(), false);
    }

    /** Parses both fonts now, so that the first document of a session is not the slow one. */
    public static void preload() throws IOException {
        REGULAR.get();
        BOLD.get();
    }

    /** One TTF, parsed on first use and kept for the life of the process (never closed). */
    private static final class ParsedFont {
        private final String resource;
        private volatile TrueTypeFont font;

        ParsedFont(String resource) {
            this.resource = resource;
        }

        TrueTypeFont get() throws IOException {
            TrueTypeFont f = font;
            if (f == null) {
                synchronized (this) {
                    f = font;
                    if (f == null) {
                        f = parse();
                        font = f;
                    }
                }
            }
            return f;
        }

        private TrueTypeFont parse() throws IOException {
            try (InputStream in = PdfFonts.class.getResourceAsStream(resource)) {
                if (in == null) {
                    // The TTFs are unpacked by the Maven build (pom.xml, unpack-cjk-font): a missing
                    // one means the program was built without that step.
                    throw new IOException("bundled font missing from the program: " + resource
                            + " (rebuild with `mvn package`)");
                }
                try {
                    return new TTFParser().parse(new RandomAccessReadBuffer(in));
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }
        }
    }
}
