package io.batterylab.benchmarks;


import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.source.mat.MatDataSource;
import io.batterylab.test.support.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The 124 real cells of SeversonBattery-3feat.mat (shared data beside the repository, or under
 * -Dbenchmark.data), in file order.
 */
final class SeversonCells {
    static final String FILE = "severson/SeversonBattery-3feat.mat";
    private static List<BatterySeries> cells;

    private SeversonCells() {
    }

    static synchronized List<BatterySeries> all() throws Exception {
        if (cells == null) {
            String data = System.getProperty("benchmark.data");
            Path file = data == null ? SharedData.file(FILE) : Path.of(data).resolve(FILE);
            if (!Files.isReadable(file)) {
                throw new IllegalStateException("-Dbenchmark.data=" + data + " holds no " + FILE);
            }
            try (InputStream in = Files.newInputStream(file)) {
                List<ImportedBattery> imported = new MatDataSource()
                        .read(in, file.getFileName().toString(), new ImportLimits(100L << 20, 200_000)).batteries();
                List<BatterySeries> series = new ArrayList<>();
                for (int i = 0; i < imported.size(); i++) {
                    series.add(new BatterySeries(i + 1, imported.get(i).name(), imported.get(i).cycles()));
                }
                cells = series;
            }
        }
        return cells;
    }

    /** Cells by Wen et al.'s 1-based numbers. */
    static List<BatterySeries> numbered(int... numbers) throws Exception {
        List<BatterySeries> picked = new ArrayList<>();
        for (int n : numbers) {
            picked.add(all().get(n - 1));
        }
        return picked;
    }

    static Path output(String name) throws Exception {
        Path dir = Path.of("target", "benchmarks");
        Files.createDirectories(dir);
        return dir.resolve(name);
    }

    static int intProperty(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }
}
