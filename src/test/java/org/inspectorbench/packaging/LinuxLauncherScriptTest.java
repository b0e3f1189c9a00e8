package org.inspectorbench.packaging;

import org.inspectorbench.ui.common.SoftwareRendering;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
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
 * packaging/linux-launcher.sh, which replaces jpackage's native launcher in the Linux app image:
 * run in a fake image whose "java" prints its arguments, it must pass the .cfg's options, class
 * path and main class, then the user's arguments unchanged.
 */
@DisabledOnOs(OS.WINDOWS)
class LinuxLauncherScriptTest {

    @TempDir
    Path image;

    @Test
    void startsTheBundledJavaWithTheCfgsOptionsAndTheUsersArgumentsUnchanged() throws Exception {
        Path root = image.toRealPath();
        Path launcher = install(root);
        Files.writeString(root.resolve("lib/app/InspectorWorkbench.cfg"), String.join("\n",
                "[Application]",
                "app.classpath=$APPDIR/inspector-workbench.jar",
                "app.mainclass=org.inspectorbench.Launcher",
                "app.classpath=$APPDIR/lib/a.jar",
                "",
                "[JavaOptions]",
                "java-options=-Djpackage.app-version=0.1.0",
                "java-options=-XX:SharedArchiveFile=$APPDIR/app.jsa",
                "java-options=-Xlog:cds=off,cds+dynamic=off"), StandardCharsets.UTF_8);

        List<String> args = run(launcher, "gui", "two words", "a$b*", "");

        String app = root.resolve("lib/app").toString();
        assertEquals(List.of("-Djpackage.app-version=0.1.0", "-XX:SharedArchiveFile=" + app + "/app.jsa",
                "-Xlog:cds=off,cds+dynamic=off", "-cp", app + "/inspector-workbench.jar:" + app + "/lib/a.jar",
                "org.inspectorbench.Launcher", "gui", "two words", "a$b*", ""), args);
    }

    @Test
    void nativeMemoryInHugePagesKeepingTheUsersOwnTunables() throws Exception {
        Path launcher = launcherPrinting("$GLIBC_TUNABLES");
        assertEquals(List.of("glibc.malloc.hugetlb=1"), run(launcher, Map.of(), "gui"));
        assertEquals(List.of("glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1"),
                run(launcher, Map.of("GLIBC_TUNABLES", "glibc.malloc.arena_max=2"), "gui"));
    }

    @Test
    void withoutAGpuGtkIsToldNotToLoadOpenGlAsTheProgramDecidesKeepingTheUsersOwnSetting() throws Exception {
        Path launcher = launcherPrinting("${GDK_GL-unset}");
        // This machine's own devices decide, by the same test as the program's software rendering.
        boolean gpu = SoftwareRendering.hasGpu(Path.of("/dev"));
        assertEquals(List.of(gpu ? "unset" : "disable"), run(launcher, Map.of(), "gui"));
        assertEquals(List.of("always"), run(launcher, Map.of("GDK_GL", "always"), "gui"));
        assertEquals(List.of(""), run(launcher, Map.of("GDK_GL", ""), "gui"), "set, even if empty: the user's");
    }

    @Test
    void gtksAccessibilityBridgeIsLeftOutKeepingTheUsersOwnSetting() throws Exception {
        Path launcher = launcherPrinting("${NO_AT_BRIDGE-unset}");
        assertEquals(List.of("1"), run(launcher, Map.of(), "gui"));
        assertEquals(List.of("0"), run(launcher, Map.of("NO_AT_BRIDGE", "0"), "gui"));
    }

    @Test
    void aDamagedImageSaysWhatIsMissingInsteadOfStartingNothing() throws Exception {
        Path launcher = install(image.toRealPath());
        Process p = new ProcessBuilder(launcher.toString(), "--version").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(1, p.exitValue());
        assertTrue(out.contains("InspectorWorkbench.cfg") && out.contains("Reinstall"), out);
    }

    /** The launcher in an image whose stand-in java prints {@code [expression]}, a shell expression of the environment. */
    private Path launcherPrinting(String expression) throws IOException {
        Path root = image.toRealPath();
        Path launcher = install(root);
        Files.writeString(root.resolve("lib/app/InspectorWorkbench.cfg"),
                "app.mainclass=org.inspectorbench.Launcher\n", StandardCharsets.UTF_8);
        Files.writeString(root.resolve("lib/runtime/bin/java"), "#!/bin/sh\nprintf '%s\\n' \"[" + expression + "]\"\n");
        return launcher;
    }

    /** bin/InspectorWorkbench = the script; lib/runtime/bin/java = a stand-in printing one argument per line. */
    private static Path install(Path root) throws IOException {
        Files.createDirectories(root.resolve("bin"));
        Files.createDirectories(root.resolve("lib/app"));
        Files.createDirectories(root.resolve("lib/runtime/bin"));
        Path launcher = Files.copy(Path.of("packaging/linux-launcher.sh"), root.resolve("bin/InspectorWorkbench"));
        Path java = Files.writeString(root.resolve("lib/runtime/bin/java"),
                "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"[$a]\"; done\n");
        for (Path p : List.of(launcher, java)) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return launcher;
    }

    private static List<String> run(Path launcher, String... args) throws Exception {
        return run(launcher, Map.of(), args);
    }

    private static List<String> run(Path launcher, Map<String, String> env, String... args) throws Exception {
        List<String> cmd = new java.util.ArrayList<>(List.of(launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().remove("GLIBC_TUNABLES");
        pb.environment().remove("GDK_GL");
        pb.environment().remove("NO_AT_BRIDGE");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out.lines().map(l -> l.substring(1, l.length() - 1)).toList();
    }
}
