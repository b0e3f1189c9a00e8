package org.inspectorbench.ui.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Cold start: a fresh JVM runs {@code inspector gui --exit-when-ready --workspace W}, which says when
 * its window is usable; we time from spawning it to that line.
 */
final class ColdStart {

    /** What {@code gui --exit-when-ready} (ui.health.ReadyExit) prints once the window is usable. */
    static final String READY = "ready: window with";

    private ColdStart() {
    }

    static List<Double> measure(Path workspace, Path dir, boolean headless, int runs, PrintWriter out)
            throws Exception {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Dfile.encoding=UTF-8",
                    "-Dinspector.dataDir=" + dir.resolve("data")));
            if (headless) {
                cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                        "-Dheadless.geometry=1600x1000-32"));
            }
            cmd.addAll(List.of("org.inspectorbench.Launcher", "gui", "--exit-when-ready", "--workspace",
                    workspace.toString()));
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
            Double ms = null;
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.startsWith(READY) && ms == null) {
                        ms = (System.nanoTime() - t0) / 1e6;
                    }
                }
            }
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
            }
            if (ms == null) {
                out.println("cold start run " + (i + 1) + ": the child never said it was usable (exit " + p.exitValue() + ")");
            } else {
                times.add(Math.rint(ms));
            }
        }
        return times;
    }
}
