package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import io.batterylab.test.support.Services;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each built-in algorithm is a DS component found through the registry, trains in Equinox and reloads its model. */
class AlgorithmsInEquinoxTest {
    static AlgorithmRegistry registry() throws InterruptedException {
        return Services.await(AlgorithmRegistry.class);
    }

    static BatterySeries cell(long id, int cycles) {
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 1; c <= cycles; c++) {
            double wear = (double) c / cycles;
            rows.add(new CycleRecord(c, FeatureValues.of(Map.of(Feature.DQ_SLOPE, -1 + wear, Feature.T_AVG, 30 + 3 * wear)),
                    cycles - c, 0.2 * wear * wear));
        }
        return new BatterySeries(id, "cell " + id, rows);
    }

    @ParameterizedTest
    @ValueSource(strings = { "baseline", "bilstm", "deephpm" })
    void givenAlgorithmBundleWhenTrainingThroughTheRegistryThenModelPredictsAndReloads(String id) throws Exception {
        Algorithm algorithm = await(id);
        TrainingData data = new TrainingData(Target.PCL, List.of(Feature.DQ_SLOPE, Feature.T_AVG),
                List.of(cell(1, 120), cell(2, 150)), List.of(cell(3, 130)));
        BatterySeries unseen = cell(4, 140);
        Path dir = Files.createTempDirectory(Path.of(System.getProperty("batterylab.home")).getParent(), id + "-model");
        double[] before;
        try (TrainedModel model = algorithm.train(data, algorithm.defaultSettings(), TrainingMonitor.silent())) {
            before = model.predict(unseen);
            model.save(dir);
        }
        assertEquals(140, before.length);
        assertTrue(java.util.Arrays.stream(before).anyMatch(Double::isFinite));
        try (TrainedModel loaded = algorithm.load(dir)) {
            assertArrayEquals(before, loaded.predict(unseen));
        }
    }

    static Algorithm await(String id) throws InterruptedException {
        AlgorithmRegistry registry = registry();
        long deadline = System.currentTimeMillis() + 20_000;
        while (registry.find(id).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        Set<String> present = registry.all().stream().map(Algorithm::id).collect(Collectors.toSet());
        return registry.find(id).orElseThrow(() -> new AssertionError("algorithm " + id + " not registered; present: " + present));
    }
}
