package org.inspectorbench.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 4: Chinese renders on a machine without any CJK font. A child JVM runs with FONTCONFIG_FILE
 * pointing at a fontconfig that lists no fonts at all, so only the program's bundled Noto Sans SC
 * can draw "政务公开": the label's family must be it and each character a distinct real glyph, not
 * the missing-glyph box.
 */
class CjkFontWithoutSystemFontsTest {

    @Test
    void theBundledFontDrawsChineseWhenTheSystemHasNoFonts(@TempDir Path dir) throws Exception {
        Path conf = dir.resolve("fonts.conf");
        Files.writeString(conf, "<?xml version=\"1.0\"?>\n<!DOCTYPE fontconfig SYSTEM \"fonts.dtd\">\n"
                + "<fontconfig><cachedir>" + dir.resolve("cache") + "</cachedir></fontconfig>\n");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))));
        for (String p : new String[]{"glass.platform", "monocle.platform", "prism.order", "java.awt.headless",
                "headless.geometry"}) {
            if (System.getProperty(p) != null) {
                cmd.add("-D" + p + "=" + System.getProperty(p));
            }
        }
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add(CjkFontProbe.class.getName());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().put("FONTCONFIG_FILE", conf.toString());
        pb.environment().remove("FONTCONFIG_PATH");
        Process child = pb.start();
        // Without the bundled font nothing can draw the label: the probe reports it and exits 1.
        assertTrue(child.waitFor(40, TimeUnit.SECONDS), "the probe finished");
        String out = new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String line = out.lines().filter(l -> l.startsWith("family=")).findFirst().orElse("");
        assertEquals(0, child.exitValue(), out);

        assertTrue(line.contains("family=" + Fonts.FAMILY + ";"), out);
        assertTrue(line.contains("distinct=4;"), "four different glyphs: " + out);
        assertTrue(line.contains("likeMissing=false;"), "no character drawn as the missing-glyph box: " + out);
        double width = Double.parseDouble(line.replaceAll(".*;width=([0-9.]+);.*", "$1"));
        assertTrue(width > 20, "the label has width: " + out);
    }
}
