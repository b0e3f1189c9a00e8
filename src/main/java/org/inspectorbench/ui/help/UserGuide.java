package org.inspectorbench.ui.help;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The user guide shipped in the program: docs/user-guide.md (Chinese) and docs/user-guide.en.md,
 * with the screenshots they show, copied into the jar by the build (pom.xml). The help window
 * reads it from there, so it works offline and in the installed program.
 */
public record UserGuide(Locale locale, List<GuideBlock> blocks) {

    static final String FOLDER = "/org/inspectorbench/ui/help/guide/";

    public static String fileName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "user-guide.en.md" : "user-guide.md";
    }

    /** Reads and parses the guide for the language: I/O, call it off the FX thread. */
    public static UserGuide load(Locale locale) {
        String name = fileName(locale);
        try (InputStream in = UserGuide.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new IllegalStateException("the user guide " + name + " is missing from the program");
            }
            return new UserGuide(locale, GuideParser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The shipped file an image of the guide names, or null when it is not shipped. */
    public static URL image(String path) {
        if (path.contains("..") || path.startsWith("/") || path.contains(":")) {
            return null;
        }
        return UserGuide.class.getResource(FOLDER + path);
    }

    /** Headings of levels 1 to 3: the contents list of the help window. */
    public List<GuideBlock.Heading> contents() {
        return blocks.stream().filter(b -> b instanceof GuideBlock.Heading h && h.level() <= 3)
                .map(b -> (GuideBlock.Heading) b).toList();
    }
}
