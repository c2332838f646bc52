package io.batterylab.benchmarks.monitor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** CPU time and resident memory of a process, from {@code /proc} (Linux). */
record ProcessUsage(double cpuSeconds, long rssMb) {
    private static final double TICKS_PER_SECOND = 100; // USER_HZ on Linux

    static ProcessUsage of(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", "" + pid, "stat"));
            String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            double cpu = (Long.parseLong(f[11]) + Long.parseLong(f[12])) / TICKS_PER_SECOND; // utime, stime
            long rssKb = Files.readAllLines(Path.of("/proc", "" + pid, "status")).stream()
                    .filter(l -> l.startsWith("VmRSS:")).map(l -> l.replaceAll("\\D", "")).mapToLong(Long::parseLong)
                    .findFirst().orElse(0);
            return new ProcessUsage(cpu, rssKb / 1024);
        } catch (IOException | RuntimeException e) {
            return new ProcessUsage(Double.NaN, -1);
        }
    }

    /** Percent of one core used between two readings {@code seconds} apart. */
    static double percent(ProcessUsage before, ProcessUsage after, double seconds) {
        return 100 * (after.cpuSeconds - before.cpuSeconds) / seconds;
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }
}
