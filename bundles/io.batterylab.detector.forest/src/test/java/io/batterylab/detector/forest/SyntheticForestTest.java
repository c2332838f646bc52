package io.batterylab.detector.forest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.SampleWindow;
import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SyntheticForestTest {
    private static SampleWindow window(double level, double perSecond) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5,
                IntStream.range(0, 60).mapToDouble(i -> level + perSecond * 0.5 * i).toArray());
    }

    @Test
    void givenShippedModel_whenLoaded_thenItWasTrainedOnSyntheticTracesOnly() throws IOException {
        Properties manifest = new Properties();
        try (InputStream in = SyntheticForest.class.getResourceAsStream("synthetic/manifest.properties")) {
            manifest.load(in);
        }
        int count = Integer.parseInt(manifest.getProperty("trained.count"));

        assertTrue(count >= 40, "trained on " + count);
        for (int i = 0; i < count; i++) {
            assertTrue(manifest.getProperty("trained." + i).startsWith("synthetic_"), manifest.getProperty("trained." + i));
        }
    }

    @Test
    void givenShippedModel_whenAssessingAFlatAndAFastRisingWindow_thenOnlyTheRiseAlarms() throws IOException {
        DetectorModel model = SyntheticForest.load(new ForestDetector());

        assertEquals("forest", model.detectorId());
        assertFalse(model.assess(window(31.2, 0)).alarm());
        assertTrue(model.assess(window(95, 0.8)).alarm());
    }
}
