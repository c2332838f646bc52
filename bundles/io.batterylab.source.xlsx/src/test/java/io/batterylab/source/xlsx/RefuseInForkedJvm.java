package io.batterylab.source.xlsx;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;

/**
 * Reads a workbook in a JVM of its own with a small heap and prints the refusal with the peak heap used; exit 1 when
 * the workbook was accepted, and an OutOfMemoryError ends it with a failure of its own.
 */
final class RefuseInForkedJvm {
    /** The reported 4M-row workbook took 1.8 GB before its refusal; this is the heap it must now do with. */
    static final String HEAP = "128m";

    private RefuseInForkedJvm() {
    }

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        ImportException refusal = XlsxLargeSheetTest.read(Path.of(args[0]),
                new ImportLimits(ImportLimits.defaults().maxBytes(), Integer.parseInt(args[1])));
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("refused: %s (in %d ms, peak heap %d MiB)%n", refusal.getMessage(),
                (System.nanoTime() - start) / 1_000_000, peak >> 20);
    }
}
