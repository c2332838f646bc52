package io.batterylab.integration.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.test.support.ExampleBundles;
import io.batterylab.test.support.Services;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * A third party adds a detector by installing one bundle that imports only core packages: the example built
 * from examples/ is installed into the running framework, assesses through the registry, and leaves with its
 * bundle.
 */
class ThirdPartyDetectorTest {
    private static final String ID = "example.excursion";

    private static Optional<Detector> awaitPresence(DetectorRegistry registry, boolean present) throws Exception {
        for (int i = 0; i < 100 && registry.find(ID).isPresent() != present; i++) {
            Thread.sleep(50);
        }
        return registry.find(ID);
    }

    @Test
    void givenExampleBundle_whenInstalled_thenItsDetectorAssessesAndLeavesWithTheBundle() throws Exception {
        DetectorRegistry registry = Services.await(DetectorRegistry.class);
        assertTrue(registry.find(ID).isEmpty(), "the example must not be part of the test runtime from the start");

        Bundle bundle = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .installBundle(ExampleBundles.built(ExampleBundles.EXCURSION).toUri().toString());
        try {
            String imports = bundle.getHeaders().get(Constants.IMPORT_PACKAGE);
            assertTrue(Arrays.stream(imports.replaceAll("\"[^\"]*\"", "").split(",")).map(String::trim)
                    .allMatch(i -> i.startsWith("io.batterylab.core.")), "imports only core packages: " + imports);
            bundle.start();
            Detector excursion = awaitPresence(registry, true).orElseThrow();

            DetectorModel model = excursion.train(new LabelledWindows(List.of(), List.of()),
                    excursion.defaultSettings());
            double[] step = IntStream.range(0, 60).mapToDouble(i -> i < 55 ? 30 : 40).toArray();
            double[] flat = IntStream.range(0, 60).mapToDouble(i -> 30).toArray();
            assertTrue(model.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, step)).alarm());
            assertFalse(model.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, flat)).alarm());
        } finally {
            bundle.uninstall();
        }
        assertEquals(Optional.empty(), awaitPresence(registry, false));
    }
}
