package org.inspectorbench.packaging;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * packaging/linux-runtime.options, which packaging/package.sh builds into the app image's runtime
 * with jlink --add-options: a runtime made the same way must start without a word about them and
 * hold each option with the runtime image as its origin (the JVM warns about a priority policy
 * given on the command line to a user who is not root, not about one the image carries).
 */
@EnabledOnOs(OS.LINUX)
class LinuxRuntimeOptionsTest {

    private static final Pattern XX = Pattern.compile("-XX:(\\w+)=(\\S+)");

    @TempDir
    Path dir;

    @Test
    void aRuntimeBuiltWithTheOptionsCarriesEachOfThemAndSaysNothing() throws Exception {
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        assumeTrue(Files.isExecutable(jlink), "a JDK with jlink runs the tests");
        List<String> options = Files.readAllLines(Path.of("packaging/linux-runtime.options"), StandardCharsets.UTF_8)
                .stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        assertFalse(options.isEmpty());

        Path runtime = dir.resolve("runtime");
        String out = Tools.run(List.of(jlink.toString(), "--add-modules", "java.base",
                "--add-options=" + String.join(" ", options), "--output", runtime.toString()));
        assertTrue(Files.isExecutable(runtime.resolve("bin/java")), out);

        String flags = Tools.run(List.of(runtime.resolve("bin/java").toString(), "-XX:+PrintFlagsFinal", "-version"));
        assertFalse(flags.lines().anyMatch(l -> l.matches("(?i).*\\bwarning\\b.*")), flags);
        for (String option : options) {
            Matcher m = XX.matcher(option);
            assertTrue(m.matches(), "each line is one -XX:Name=value option: " + option);
            Matcher line = Pattern.compile("(?m)^\\s*\\w+\\s+" + m.group(1) + "\\s+= (\\S+).*\\{(\\w+)}\\s*$").matcher(flags);
            assertTrue(line.find(), m.group(1) + " is a flag of this JVM");
            assertEquals(m.group(2), line.group(1), m.group(1));
            assertEquals("jimage", line.group(2), m.group(1) + " comes from the runtime image");
        }
    }

}
