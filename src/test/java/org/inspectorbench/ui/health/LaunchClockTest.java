package org.inspectorbench.ui.health;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

import java.lang.management.ManagementFactory;

import static org.junit.jupiter.api.Assertions.assertTrue;

class LaunchClockTest {

    @Test
    @EnabledOnOs(OS.LINUX)
    void theProcessIsAtLeastAsOldAsItsJvmAndNotOlderThanTheMachinesUptime() throws Exception {
        long jvmUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        long sinceLaunch = LaunchClock.msSinceLaunch();
        String uptime = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/uptime"));
        double machineMs = Double.parseDouble(uptime.substring(0, uptime.indexOf(' '))) * 1000;
        // /proc counts in 10 ms steps
        assertTrue(sinceLaunch >= jvmUptime - 20, sinceLaunch + " ms since launch, JVM up " + jvmUptime + " ms");
        assertTrue(sinceLaunch <= machineMs + 20, sinceLaunch + " ms since launch, machine up " + machineMs + " ms");
    }

    @Test
    void theDescriptionSaysWhichClockItUses() {
        String d = LaunchClock.describe();
        assertTrue(d.matches("\\d+ ms after launch \\(JVM started at \\d+ ms\\)") || d.matches("\\d+ ms after JVM start"), d);
    }
}
