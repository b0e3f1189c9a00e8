package org.inspectorbench.packaging;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * app/jvm.options (every platform) and app/jvm-linux.options (Linux) are passed to every start of
 * the program: a flag this Java does not know, or one it only warns about, would stop or clutter
 * every command. Runs this machine's java with them, as app/inspector does.
 */
class JvmOptionsTest {

    @Test
    void thisJavaStartsWithTheLaunchersOptionsAndSaysNothingAboutThem() throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("app/jvm.options").toAbsolutePath()));
        if (System.getProperty("os.name").startsWith("Linux")) {
            cmd.add("@" + Path.of("app/jvm-linux.options").toAbsolutePath());
        }
        cmd.addAll(List.of("-XX:+PrintFlagsFinal", "-version"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        assertFalse(out.lines().anyMatch(l -> l.matches("(?i).*\\bwarning:.*|.*VM warning.*")), out);
        assertTrue(out.matches("(?s).*\\bUseSerialGC\\s+= true\\b.*"), "the options were read");
    }
}
