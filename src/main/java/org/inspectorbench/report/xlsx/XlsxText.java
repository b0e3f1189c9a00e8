package org.inspectorbench.report.xlsx;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The workbook's texts (labels.properties): sheet names, headers, notes and colours. Nothing the
 * rubric says (part, item, tier names) is here: those come from the rubric.
 */
public final class XlsxText {

    private static final XlsxText DEFAULT = load("labels.properties");

    private final Properties texts;

    private XlsxText(Properties texts) {
        this.texts = texts;
    }

    public static XlsxText standard() {
        return DEFAULT;
    }

    private static XlsxText load(String name) {
        Properties p = new Properties();
        try (InputStream in = XlsxText.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " of " + XlsxText.class.getPackageName());
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new XlsxText(p);
    }

    /** The text of {@code key} with {0}, {1} ... replaced by {@code args}. */
    public String get(String key, Object... args) {
        String t = texts.getProperty(key);
        if (t == null) {
            throw new IllegalStateException("no text " + key + " in labels.properties");
        }
        for (int i = 0; i < args.length; i++) {
            t = t.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return t;
    }

    /** An RGB fill colour ("C6EFCE") as 3 bytes. */
    static byte[] rgb(String hex) {
        String h = hex.trim();
        return new byte[] {(byte) Integer.parseInt(h.substring(0, 2), 16),
                (byte) Integer.parseInt(h.substring(2, 4), 16), (byte) Integer.parseInt(h.substring(4, 6), 16)};
    }
}
