package org.inspectorbench.ui.health;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * CPU time of the process and of its threads so far (Linux: /proc/self/stat and /proc/self/task/N/stat,
 * clock ticks of 10 ms), for {@code gui --exit-when-ready} and the benchmarks. On a 2-core machine
 * the JIT compilers and the workspace's start-up thread compete with the FX thread; which of them
 * grew tells where a change helped, and unlike wall time it does not depend on what else the
 * machine runs.
 */
public final class ThreadCpu {

    /** Kinds of thread ({@link #ticksByKind}): the compilers, the collector, the launching (main) thread. */
    public static final String JIT = "JIT";
    public static final String GC = "GC";
    public static final String LAUNCH = "launch";

    private ThreadCpu() {
    }

    /** Clock ticks (10 ms) used so far by each live thread of this process, keyed "tid name"; empty off Linux. */
    public static Map<String, Long> ticksByThread() {
        Map<String, Long> ticks = new HashMap<>();
        try (DirectoryStream<Path> tasks = Files.newDirectoryStream(Path.of("/proc/self/task"))) {
            for (Path task : tasks) {
                try {
                    String stat = Files.readString(task.resolve("stat"));
                    String name = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                    ticks.put(task.getFileName() + " " + name, ticks(stat));
                } catch (IOException | RuntimeException threadEnded) {
                    // a thread that ended between listing and reading: its time is gone from /proc anyway
                }
            }
        } catch (IOException | RuntimeException notLinux) {
            return Map.of();
        }
        return ticks;
    }

    /** Clock ticks used so far by the whole process, ended threads included; -1 off Linux. */
    public static long processTicks() {
        try {
            return ticks(Files.readString(Path.of("/proc/self/stat")));
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /** User plus system time, the 14th and 15th fields of a stat line. */
    private static long ticks(String stat) {
        String[] f = fields(stat);
        return Long.parseLong(f[11]) + Long.parseLong(f[12]);
    }

    /** A /proc stat line's fields after the name, the 3rd field of the line first (the name may hold spaces). */
    static String[] fields(String stat) {
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    }

    /**
     * Clock ticks each kind of thread ({@link #JIT}, {@link #GC}, {@link #LAUNCH}, FX, ...) used
     * between two {@link #ticksByThread} readings; threads that ended in between are not counted.
     */
    public static Map<String, Long> ticksByKind(Map<String, Long> before, Map<String, Long> after) {
        // The process's first thread is the launcher's (named after the program by jpackage).
        String main = ProcessHandle.current().pid() + " ";
        Map<String, Long> byKind = new TreeMap<>();
        after.forEach((thread, t) -> byKind.merge(
                kind(thread.startsWith(main) ? "main" : thread.substring(thread.indexOf(' ') + 1)),
                t - before.getOrDefault(thread, 0L), Long::sum));
        return byKind;
    }

    /** E.g. "JIT 1.40 s, FX 1.21 s, launch 0.52 s, render 0.30 s, ended threads 0.60 s", or null off Linux. */
    static String byKind() {
        Map<String, Long> threads = ticksByThread();
        long process = processTicks();
        if (threads.isEmpty() || process < 0) {
            return null;
        }
        Map<String, Long> byKind = ticksByKind(Map.of(), threads);
        long ended = process - threads.values().stream().mapToLong(Long::longValue).sum();
        if (ended > 0) {
            byKind.put("ended threads", ended);
        }
        return byKind.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(e -> String.format(java.util.Locale.ROOT, "%s %.2f s", e.getKey(), e.getValue() / 100.0))
                .collect(Collectors.joining(", "));
    }

    private static String kind(String thread) {
        if (thread.startsWith("C1 Compiler") || thread.startsWith("C2 Compiler")) {
            return JIT;
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
        // The serial collector works in the VM thread (which otherwise only runs short safepoint operations).
        if (thread.startsWith("GC ") || thread.startsWith("G1 ") || thread.equals("VM Thread")) {
            return GC;
        }
        if (thread.equals("java") || thread.startsWith("JavaFX-Launcher") || thread.equals("main")) {
            return LAUNCH;
        }
        return "other";
    }
}
