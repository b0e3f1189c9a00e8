package org.inspectorbench.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * packaging/startup-ab.sh, run on two fake app images whose launchers report given start-up times
 * (and a stand-in for xvfb-run): it must pair the starts in order, leave out the first start of
 * each, and report the medians, the starts within 1.5 s and the paired differences.
 */
@DisabledOnOs(OS.WINDOWS)
class StartupAbScriptTest {

    @TempDir
    Path dir;

    @Test
    void pairsTheStartsInTurnAndReportsMediansAndPairedDifferences() throws Exception {
        Path a = fakeImage("a", "9999 9999", "1500 2000", "1600 2100", "1550 2050", "1700 2300");
        Path b = fakeImage("b", "9999 9999", "1400 1900", "1700 2200", "1450 1950", "1600 2100");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        executable(bin.resolve("xvfb-run"), """
                #!/bin/sh
                while [ $# -gt 0 ]; do case "$1" in -a) shift ;; -s) shift 2 ;; *) break ;; esac; done
                exec "$@"
                """);

        ProcessBuilder pb = new ProcessBuilder("bash", Path.of("packaging/startup-ab.sh").toAbsolutePath().toString(),
                a.toString(), b.toString(), "4").redirectErrorStream(false);
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + ":" + env.get("PATH"));
        env.remove("STARTUP_USER");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out + new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));

        List<String> lines = out.lines().toList();
        assertEquals("4 pairs, ready (ms after launch): median (quartiles), CPU median, starts <= 1500 ms", lines.get(0));
        assertTrue(lines.get(1).matches("A +1575 \\(\\d+-\\d+\\)  CPU 2075 ms  1 of 4  .*/a"), lines.get(1));
        assertTrue(lines.get(2).matches("B +1525 \\(\\d+-\\d+\\)  CPU 2025 ms  2 of 4  .*/b"), lines.get(2));
        assertEquals("B - A: median of the differences -100 ms; B faster in 3 of 4 pairs", lines.get(3));
    }

    @Test
    void refusesAFolderThatIsNoAppImage() throws Exception {
        Process p = new ProcessBuilder("bash", Path.of("packaging/startup-ab.sh").toAbsolutePath().toString(),
                dir.toString(), dir.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(2, p.exitValue(), out);
        assertTrue(out.contains("not an app image: " + dir), out);
    }

    /** An app image whose launcher answers init and prints the next of {@code starts} ("ms cpu") per start. */
    private Path fakeImage(String name, String... starts) throws Exception {
        Path image = dir.resolve(name);
        Files.createDirectories(image.resolve("bin"));
        Files.write(image.resolve("times"), List.of(starts), StandardCharsets.UTF_8);
        executable(image.resolve("bin/InspectorWorkbench"), """
                #!/bin/sh
                d="$(dirname "$0")/.."
                [ "$1" = init ] && exit 0
                set -- $(head -n 1 "$d/times")
                tail -n +2 "$d/times" > "$d/times.next" && mv "$d/times.next" "$d/times"
                echo "ready: window with 49 units shown $1 ms after launch (JVM started at 200 ms) (process CPU $2 ms)"
                """);
        return image;
    }

    private static void executable(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
