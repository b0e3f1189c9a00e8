package org.inspectorbench.ui.health;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Time since the program was launched, which is what a user waits for: the native launcher's own
 * work before the JVM starts counts (jpackage's Linux launcher asks rpm and dpkg which package owns
 * it, a quarter of a second that "after JVM start" never showed), and so does a launcher script.
 * Linux: the process's start in /proc/self/stat and the clock in /proc/uptime, both counted from
 * boot in 10 ms steps; the same process runs the launcher and then the JVM.
 */
public final class LaunchClock {

    private LaunchClock() {
    }

    /** Milliseconds since this process was started, or -1 where /proc cannot tell (not Linux). */
    public static long msSinceLaunch() {
        try {
            // The 22nd field: the process's start, in clock ticks after boot.
            long startTicks = Long.parseLong(ThreadCpu.fields(Files.readString(Path.of("/proc/self/stat")))[19]);
            String uptime = Files.readString(Path.of("/proc/uptime"));
            double nowSeconds = Double.parseDouble(uptime.substring(0, uptime.indexOf(' ')));
            return Math.round(nowSeconds * 1000) - startTicks * 10;
        } catch (IOException | RuntimeException notLinux) {
            return -1;
        }
    }

    /**
     * "1830 ms after launch (JVM started at 260 ms)", or "1570 ms after JVM start" where the
     * launch time is unknown.
     */
    static String describe() {
        // The clocks first: the JVM's start time comes from the management classes, whose first
        // use takes several milliseconds that are not part of what is measured.
        long now = System.currentTimeMillis();
        long sinceLaunch = msSinceLaunch();
        long sinceJvm = now - ManagementFactory.getRuntimeMXBean().getStartTime();
        if (sinceLaunch < 0 || sinceLaunch < sinceJvm - 20) {
            return sinceJvm + " ms after JVM start";
        }
        return Math.max(sinceLaunch, sinceJvm) + " ms after launch (JVM started at "
                + Math.max(0, sinceLaunch - sinceJvm) + " ms)";
    }
}
