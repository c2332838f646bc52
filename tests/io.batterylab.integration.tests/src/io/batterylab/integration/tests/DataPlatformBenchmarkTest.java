package io.batterylab.integration.tests;

import io.batterylab.analysis.DefaultAnalysisService;
import io.batterylab.core.model.Battery;
import io.batterylab.core.model.BatteryFilter;
import io.batterylab.core.model.BatterySource;
import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.core.service.AnalysisService;
import io.batterylab.sample.SampleDataSet;
import io.batterylab.storage.Database;
import io.batterylab.storage.JdbcBatteryService;
import io.batterylab.storage.JdbcBatteryStore;
import io.batterylab.storage.JdbcUserService;
import io.batterylab.storage.PasswordHasher;
import io.batterylab.storage.StorageConfig;
import io.batterylab.test.support.Services;
import io.batterylab.test.support.ScratchMariaDb;
import io.batterylab.test.support.SharedData;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Prints how long the data platform takes for the whole 124-cell sets, on the embedded database and
 * on MariaDB: importing (synthetic built-in set; the real Severson .mat), then statistics and
 * correlations over every row. Figures only — nothing here asserts a time. Opt-in:
 * {@code ./mvnw clean verify -Pbenchmark} (see docs/benchmarks.md).
 */
@Tag("benchmark")
class DataPlatformBenchmarkTest {
    private static final int REPEATS = 3;

    @Test
    void printImportStatisticsAndCorrelationTimes() throws Exception {
        List<ImportedBattery> synthetic = SampleDataSet.bundled().load();
        DataSource mat = Services.await(DataSourceRegistry.class).find("mat").orElseThrow();
        Optional<Path> matFile = SharedData.find("severson/SeversonBattery-3feat.mat");

        Map<String, StorageConfig> backends = new LinkedHashMap<>();
        Path h2Home = Files.createTempDirectory("bl-bench-h2");
        backends.put("embedded H2", StorageConfig.embedded(h2Home));
        Optional<ScratchMariaDb> mariaDb = ScratchMariaDb.create();
        if (mariaDb.isPresent()) {
            ScratchMariaDb db = mariaDb.get();
            backends.put("MariaDB", new StorageConfig(Files.createTempDirectory("bl-bench-my"), db.url(), db.user(),
                    db.password()));
        } else {
            System.out.println("[benchmark] MariaDB skipped: " + ScratchMariaDb.URL_ENV + " is not set");
        }
        StringBuilder table = new StringBuilder(String.format("%n%-12s | %-44s | %10s%n", "database", "step (median of "
                + REPEATS + ")", "ms"));
        try {
            for (var backend : backends.entrySet()) {
                try (Database database = Database.open(backend.getValue())) {
                    for (var row : measure(database, synthetic, mat, matFile).entrySet()) {
                        table.append(String.format("%-12s | %-44s | %10.1f%n", backend.getKey(), row.getKey(), row.getValue()));
                    }
                }
            }
        } finally {
            if (mariaDb.isPresent()) {
                mariaDb.get().close();
            }
        }
        System.out.println("[benchmark] data platform, " + synthetic.size() + " synthetic cells ("
                + synthetic.stream().mapToInt(b -> b.cycles().size()).sum() + " rows), real .mat: "
                + matFile.map(Path::toString).orElse("missing (<repo root>/../shared/data)")
                + table);
    }

    private static Map<String, Double> measure(Database database, List<ImportedBattery> synthetic, DataSource mat,
            Optional<Path> matFile) throws Exception {
        var store = new JdbcBatteryStore(database.dataSource());
        var batteries = new JdbcBatteryService(database.dataSource());
        AnalysisService analysis = new DefaultAnalysisService(batteries);
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        long start = System.nanoTime();
        store.loadBuiltIn(synthetic, true);
        sample(samples, "store 124 synthetic cells (first start, once)", start);

        long user = new JdbcUserService(database.dataSource(), new PasswordHasher(4))
                .register("bench" + System.nanoTime(), "benchmark-password".toCharArray()).id();
        List<Long> builtIn = batteries.list(user, new BatteryFilter(null, null, null, BatterySource.BUILT_IN, null))
                .stream().map(Battery::id).toList();
        for (int i = 0; i < REPEATS; i++) {
            if (matFile.isPresent()) {
                start = System.nanoTime();
                ImportedData data;
                try (InputStream in = Files.newInputStream(matFile.get())) {
                    data = mat.read(in, matFile.get().getFileName().toString(), ImportLimits.defaults());
                }
                sample(samples, "read real .mat (124 cells, 99,281 rows)", start);
                start = System.nanoTime();
                var upload = store.storeUpload(user, "severson.mat", mat.id(), data);
                sample(samples, "store real .mat as an upload", start);
                store.deleteUpload(user, upload.id());
            }
            start = System.nanoTime();
            analysis.statistics(user, builtIn, 20);
            sample(samples, "statistics, all 124 synthetic cells", start);
            start = System.nanoTime();
            analysis.correlations(user, builtIn);
            sample(samples, "correlations (with targets + matrices), all", start);
        }
        Map<String, Double> medians = new LinkedHashMap<>();
        samples.forEach((step, ms) -> {
            double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            medians.put(step, sorted[sorted.length / 2]);
        });
        return medians;
    }

    private static void sample(Map<String, List<Double>> samples, String step, long startNanos) {
        samples.computeIfAbsent(step, k -> new ArrayList<>()).add((System.nanoTime() - startNanos) / 1e6);
    }
}
