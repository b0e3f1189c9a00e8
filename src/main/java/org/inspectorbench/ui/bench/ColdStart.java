package org.inspectorbench.ui.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: a fresh JVM runs {@code inspector gui --exit-when-ready --workspace W}, which says when
 * its window is usable; we time from spawning it to that line. The JVM is started the way
 * app/inspector starts it: with app/jvm.options, and with the class-data archive that the first
 * window session after a build leaves beside the jar. So the first run here is that first
 * session (it writes the archive as it exits) and the later ones map it, like every later start.
 */
final class ColdStart {

    /** What {@code gui --exit-when-ready} (ui.health.ReadyExit) prints once the window is usable. */
    static final String READY = "ready: window with";
    /** The glibc tunable the Linux launchers set (packaging/linux-launcher.sh, app/inspector). */
    static final String HUGE_PAGES = "glibc.malloc.hugetlb=1";
    private static final String THREADS = "  CPU by thread: ";

    /** One start: wall time to the ready line (null if none came), and the child's CPU by thread. */
    record Run(Double ms, String threads) {
    }

    private ColdStart() {
    }

    /** {@code runs} starts: the first makes the class-data archive, the others use it. */
    static List<Run> measure(Path workspace, Path dir, boolean headless, int runs, PrintWriter out) throws Exception {
        Path archive = dir.resolve("cold-start.jsa");
        Files.deleteIfExists(archive);
        List<Run> result = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
            cmd.addAll(launcherOptions());
            cmd.add(i == 0 ? "-XX:ArchiveClassesAtExit=" + archive : "-XX:SharedArchiveFile=" + archive);
            cmd.addAll(List.of("-Xshare:auto", "-Xlog:cds=off,cds+dynamic=off", "-cp", System.getProperty("java.class.path"),
                    "-Dinspector.dataDir=" + dir.resolve("data")));
            if (headless) {
                cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1600x1000-32"));
            }
            cmd.addAll(List.of("org.inspectorbench.Launcher", "gui", "--exit-when-ready", "--workspace",
                    workspace.toString()));
            long t0 = System.nanoTime();
            ProcessBuilder child = new ProcessBuilder(cmd).redirectErrorStream(true);
            if (System.getProperty("os.name", "").startsWith("Linux")) {
                // As app/inspector starts it: native memory in huge pages (docs/packaging.md).
                child.environment().merge("GLIBC_TUNABLES", HUGE_PAGES, (was, add) -> was + ":" + add);
            }
            Process p = child.start();
            Double ms = null;
            String threads = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith(READY) && ms == null) {
                        ms = (System.nanoTime() - t0) / 1e6;
                    } else if (line.startsWith(THREADS) && threads == null) {
                        threads = line.substring(THREADS.length());
                    }
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            if (ms == null) {
                out.println("cold start run " + (i + 1) + ": the child never said it was usable (exit " + p.exitValue() + ")");
            }
            result.add(new Run(ms == null ? null : Math.rint(ms), threads));
        }
        return result;
    }

    /**
     * app/jvm.options as the launchers pass it (java's @file), comments and blank lines left out,
     * and on Linux app/jvm-linux.options after it, as app/inspector adds it there.
     */
    static List<String> launcherOptions() throws IOException {
        List<String> options = new ArrayList<>(optionsFile("jvm.options"));
        if (System.getProperty("os.name", "").startsWith("Linux")) {
            options.addAll(optionsFile("jvm-linux.options"));
        }
        return options;
    }

    private static List<String> optionsFile(String name) throws IOException {
        try (InputStream in = ColdStart.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException(name + " is missing from the program (app/" + name + ", copied by the build)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        }
    }
}
