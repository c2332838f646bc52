package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.test.support.ExampleBundles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * A third party adds an algorithm by installing one bundle that imports only core packages: the example ridge
 * plugin built from examples/ is installed into the running framework, trains, and disappears when uninstalled.
 */
class ThirdPartyAlgorithmTest {
    private static final String ID = "example.ridge";

    @Test
    void givenExampleBundleWhenInstalledThenItsAlgorithmTrainsAndLeavesWithTheBundle() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        AlgorithmRegistry registry = AlgorithmsInEquinoxTest.registry();
        assertTrue(registry.find(ID).isEmpty(), "the example must not be part of the test runtime from the start");

        Bundle bundle = context.installBundle(ExampleBundles.built(ExampleBundles.RIDGE).toUri().toString());
        try {
            String imports = bundle.getHeaders().get(Constants.IMPORT_PACKAGE);
            assertTrue(Arrays.stream(imports.replaceAll("\"[^\"]*\"", "").split(",")).map(String::trim)
                    .allMatch(i -> i.startsWith("io.batterylab.core.")), "imports only core packages: " + imports);
            bundle.start();
            Algorithm ridge = AlgorithmsInEquinoxTest.await(ID);

            TrainingData data = new TrainingData(Target.PCL, List.of(Feature.DQ_SLOPE, Feature.T_AVG),
                    List.of(AlgorithmsInEquinoxTest.cell(1, 120), AlgorithmsInEquinoxTest.cell(2, 150)),
                    List.of(AlgorithmsInEquinoxTest.cell(3, 130)));
            List<EpochMetrics> epochs = new ArrayList<>();
            try (TrainedModel model = ridge.train(data, ridge.defaultSettings(), new TrainingMonitor() {
                @Override
                public void epoch(EpochMetrics metrics) {
                    epochs.add(metrics);
                }

                @Override
                public void log(String line) {
                }

                @Override
                public boolean isCanceled() {
                    return false;
                }
            })) {
                assertEquals(140, model.predict(AlgorithmsInEquinoxTest.cell(4, 140)).length);
            }
            assertEquals(1, epochs.size());
            assertTrue(epochs.get(0).validation().r2() > 0.8, "ridge R2 " + epochs.get(0).validation().r2());
        } finally {
            bundle.uninstall();
        }
        long deadline = System.currentTimeMillis() + 10_000;
        while (registry.find(ID).isPresent() && System.currentTimeMillis() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(registry.find(ID).isEmpty(), "algorithm gone with its bundle");
    }
}
