package io.batterylab.integration.tests;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.test.support.DetailReports;
import io.batterylab.test.support.Services;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exports a test-job-shaped report of 10,000 and 100,000 detail rows (generated while read, as rows paged from
 * storage) with each shipped exporter inside Equinox and prints seconds, file size, peak heap (sum of the heap pools'
 * peaks since the last reset, garbage included) and peak RSS of the JVM (VmHWM, reset before each export through
 * /proc/self/clear_refs). Figures only; opt-in: {@code ./mvnw verify -Pbenchmark} (docs/benchmarks.md).
 */
@Tag("benchmark")
class ExportBenchmarkTest {

    @Test
    void printSecondsAndPeakMemoryOfEachExporterAtTenAndAHundredThousandRows() throws Exception {
        ExporterRegistry registry = Services.await(ExporterRegistry.class);
        Path out = Files.createTempDirectory("export-benchmark");
        StringBuilder table = new StringBuilder("| format | detail rows | seconds | file MB | peak heap MB | peak RSS MB |\n"
                + "|---|---:|---:|---:|---:|---:|\n");
        for (String id : List.of("csv", "xlsx", "html")) {
            Exporter exporter = registry.find(id).orElseThrow();
            run(exporter, 2_000, out.resolve("warm-up")); // class loading and JIT, not measured
            for (int rows : new int[] {10_000, 100_000}) {
                Path file = out.resolve(id + "-" + rows + "." + exporter.fileExtension());
                System.gc();
                resetPeaks();
                long start = System.nanoTime();
                run(exporter, rows, file);
                double seconds = (System.nanoTime() - start) / 1e9;
                table.append(String.format(Locale.ROOT, "| %s | %,d | %.2f | %.1f | %d | %d |%n", id, rows, seconds,
                        Files.size(file) / 1e6, peakHeapBytes() >> 20, peakRssKb() >> 10));
                Files.delete(file);
            }
        }
        Files.deleteIfExists(out.resolve("warm-up"));
        Files.delete(out);
        System.out.println("[benchmark] exports (Runtime max heap " + (Runtime.getRuntime().maxMemory() >> 20)
                + " MB, " + Runtime.getRuntime().availableProcessors() + " cores)\n" + table);
    }

    private static void run(Exporter exporter, int rows, Path file) throws Exception {
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file))) {
            exporter.export(DetailReports.of(rows), os);
        }
    }

    private static void resetPeaks() throws Exception {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        Files.writeString(Path.of("/proc/self/clear_refs"), "5");
    }

    private static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    private static long peakRssKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(-1);
    }
}
