package org.inspectorbench.ui.health;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time of the process so far by kind of thread (Linux: /proc/self/task/N/stat and comm, clock
 * ticks of 10 ms), for {@code gui --exit-when-ready}. On a 2-core machine the JIT compilers and
 * the workspace's start-up thread compete with the FX thread; which of them grew tells where a
 * start-up change helped, and unlike wall time it does not depend on what else the machine runs.
 */
final class ThreadCpu {

    private ThreadCpu() {
    }

    /** E.g. "JIT 1.40 s, FX 1.21 s, launch 0.52 s, render 0.30 s, ended threads 0.60 s", or null off Linux. */
    static String byKind() {
        Map<String, Long> ticks = new TreeMap<>();
        String main = String.valueOf(ProcessHandle.current().pid());
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    // The process's first thread is the launcher's (named after the program by jpackage).
                    String name = task.getFileName().toString().equals(main) ? "main"
                            : Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.merge(kind(name), Long.parseLong(f[11]) + Long.parseLong(f[12]), Long::sum);
                } catch (IOException | RuntimeException threadEnded) {
                    // a thread that ended between listing and reading: its time is gone from /proc anyway
                }
            }
            String stat = Files.readString(Path.of("/proc/self/stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            long ended = Long.parseLong(f[11]) + Long.parseLong(f[12])
                    - ticks.values().stream().mapToLong(Long::longValue).sum();
            if (ended > 0) {
                ticks.put("ended threads", ended);
            }
        } catch (IOException | RuntimeException notLinux) {
            return null;
        }
        return ticks.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue() / 100.0))
                .collect(Collectors.joining(", "));
    }

    private static String kind(String thread) {
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
            return "JIT";
        }
        if (thread.startsWith("GtkNativeMainLo") || thread.startsWith("JavaFX Applicat")) {
            return "FX";
        }
        if (thread.startsWith("QuantumRenderer")) {
            return "render";
        }
        if (thread.startsWith("workbench-start")) {
            return "workspace";
        }
        if (thread.startsWith("GC ") || thread.startsWith("G1 ")) {
            return "GC";
        }
        if (thread.equals("java") || thread.startsWith("JavaFX-Launcher") || thread.equals("main")) {
            return "launch";
        }
        return "other";
    }
}
