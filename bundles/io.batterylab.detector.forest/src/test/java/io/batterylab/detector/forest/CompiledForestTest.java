package io.batterylab.detector.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.SampleWindow;
import java.io.IOException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The compiled trees give the risk Tribuo's own prediction gives, to the last bit. */
class CompiledForestTest {
    private static void assertSameRisksAsTribuo(ForestModel model, long seed) {
        assertTrue(model.compiled(), "the forest assesses through its compiled trees");
        Random random = new Random(seed);
        for (int i = 0; i < 2_000; i++) {
            SampleWindow window = ForestDetectorTest.ramp(random.nextDouble() * 80 - 10, random.nextDouble() * 2
                    - 0.5, random.nextDouble() * 0.6, random);
            double[] features = WindowFeatures.of(window);
            assertEquals(model.tribuoRisk(features), model.assess(window).risk(), 0.0, "window " + i);
        }
        double[] features = new double[WindowFeatures.names().length];
        for (int i = 0; i < 20_000; i++) {
            for (int f = 0; f < features.length; f++) {
                features[f] = random.nextGaussian() * Math.pow(10, random.nextInt(4) - 1);
            }
            assertEquals(model.tribuoRisk(features.clone()), model.risk(features), 0.0, "features " + i);
        }
    }

    @Test
    void givenTrainedForest_whenAssessingRandomWindowsAndFeatures_thenSameRisksAsTribuo() {
        ForestModel model = (ForestModel) new ForestDetector().train(ForestDetectorTest.rampsAndFlats(),
                ForestDetectorTest.SMALL);

        assertSameRisksAsTribuo(model, 3);
    }

    @Test
    void givenShippedForest_whenAssessingRandomWindowsAndFeatures_thenSameRisksAsTribuo() throws IOException {
        ForestModel model = (ForestModel) SyntheticForest.load(new ForestDetector());

        assertSameRisksAsTribuo(model, 5);
    }

    @Test
    void givenNaNFeature_whenAssessed_thenRefusedAsTribuoRefusesIt() {
        ForestModel model = (ForestModel) new ForestDetector().train(ForestDetectorTest.rampsAndFlats(),
                ForestDetectorTest.SMALL);
        double[] features = new double[WindowFeatures.names().length];
        features[3] = Double.NaN;

        assertThrows(IllegalArgumentException.class, () -> model.risk(features));
    }
}
