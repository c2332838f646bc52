package io.batterylab.ml.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.core.detection.DetectorModelService;
import io.batterylab.core.detection.DetectorNotInstalledException;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.test.support.Services;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The DJL detectors as the framework offers them: DS components in the detector registry that train and score inside
 * Equinox, kept per user by the detector model service, which says which detector is missing when its bundle stops.
 */
class DetectorsOnDjlInEquinoxTest {

    private static SampleWindow ramp(double level, double perSecond) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5,
                IntStream.range(0, 60).mapToDouble(i -> level + perSecond * 0.5 * i + 0.03 * (i % 3)).toArray());
    }

    private static LabelledWindows flatsAndRamps() {
        List<SampleWindow> windows = new ArrayList<>();
        List<Boolean> runaway = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            windows.add(ramp(i - 10, 0.0003 * i));
            runaway.add(false);
            windows.add(ramp(20 + i, 0.5 + 0.03 * i));
            runaway.add(true);
        }
        return new LabelledWindows(windows, runaway);
    }

    @Test
    void givenRunningFramework_whenDetectorRegistryAsked_thenLstmAndTransformerAreThereAndLearn() throws Exception {
        DetectorRegistry registry = Services.await(DetectorRegistry.class);

        for (String id : List.of("lstm", "transformer")) {
            Detector detector = Services.awaitFound(() -> registry.find(id), id + " in the registry");
            assertTrue(detector.needsTrainedModel(), id);
        }
    }

    @Test
    void givenLstmFromTheRegistry_whenTrainedSavedForAUserAndItsBundleStopped_thenScoresThenSaysNotInstalled()
            throws Exception {
        DetectorRegistry registry = Services.await(DetectorRegistry.class);
        Detector lstm = Services.awaitFound(() -> registry.find("lstm"), "lstm in the registry");
        DetectorModelService models = Services.await(DetectorModelService.class);
        long user = 9_101;
        DetectorModel model = lstm.train(flatsAndRamps(),
                DetectorModelFile.withOverrides(lstm.defaultSettings(), Map.of("epochs", "10")));
        assertTrue(model.assess(ramp(33, 1)).alarm(), "steep ramp");
        assertFalse(model.assess(ramp(33, 0)).alarm(), "flat line");

        long id = models.save(user, model, lstm, List.of("hand-made"), Map.of()).id();
        DetectorModel loaded = models.load(user, id);
        assertEquals(model.assess(ramp(40, 0.7)), loaded.assess(ramp(40, 0.7)));

        Bundle bundle = Arrays.stream(FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().equals("io.batterylab.detector.lstm")).findFirst().orElseThrow();
        bundle.stop();
        try {
            Services.awaitTrue(() -> registry.find("lstm").isEmpty(), "lstm gone from the registry");
            var e = assertThrows(DetectorNotInstalledException.class, () -> models.load(user, id));
            assertTrue(e.getMessage().startsWith("detector 'lstm' is not installed"), e.getMessage());
        } finally {
            bundle.start();
        }
    }
}
