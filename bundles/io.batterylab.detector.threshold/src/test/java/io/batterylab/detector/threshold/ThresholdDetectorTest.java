package io.batterylab.detector.threshold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThresholdDetectorTest {
    private final ThresholdDetector detector = new ThresholdDetector();
    private final DetectorModel model = detector.train(new LabelledWindows(List.of(), List.of()),
            ThresholdSettings.DEVICE_DEFAULTS);

    private static double[] flat(double value) {
        double[] v = new double[60];
        Arrays.fill(v, value);
        return v;
    }

    private static SampleWindow channels(Map<String, Double> latest) {
        double[] t = SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, flat(0)).timesSeconds();
        Map<String, double[]> values = new java.util.HashMap<>();
        values.put(Channels.TEMP_INTERNAL, flat(25));
        latest.forEach((k, v) -> values.put(k, flat(v)));
        return new SampleWindow(t, values);
    }

    @Test
    void givenFlatLineBelowThreshold_whenAssessed_thenNormalWithNoRisk() {
        Assessment a = model.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, flat(49.9)));

        assertEquals(new Assessment(0, DeviceStatus.NORMAL), a);
        assertFalse(a.alarm());
    }

    @Test
    void givenStepAboveTheInternalThreshold_whenAssessed_thenWarningFromTheNewestSampleOnly() {
        double[] step = flat(30);
        step[59] = 50.5;
        double[] stepBack = flat(60);
        stepBack[59] = 30;

        assertEquals(DeviceStatus.WARNING, model.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, step)).verdict());
        assertEquals(DeviceStatus.NORMAL,
                model.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, stepBack)).verdict());
    }

    @Test
    void givenTwoThenThreeChannelsBeyond_whenAssessed_thenWarningThenDanger() {
        Assessment two = model.assess(channels(Map.of(Channels.TEMP_INTERNAL, 55.0, Channels.VOC_INDEX, 250.0)));
        Assessment three = model.assess(channels(Map.of(Channels.TEMP_INTERNAL, 55.0, Channels.VOC_INDEX, 250.0,
                Channels.MQ2, 201.0)));

        assertEquals(DeviceStatus.WARNING, two.verdict());
        assertEquals(2 / 3.0, two.risk(), 1e-12);
        assertEquals(new Assessment(1, DeviceStatus.DANGER), three);
    }

    @Test
    void givenWindowWithoutInternalTemperature_whenAssessed_thenRefusedNamingTheChannel() {
        SampleWindow ambientOnly = SampleWindow.regular(Channels.TEMP_AMBIENT, 0.5, flat(20));

        var e = assertThrows(IllegalArgumentException.class, () -> model.assess(ambientOnly));
        assertTrue(e.getMessage().contains(Channels.TEMP_INTERNAL), e.getMessage());
    }

    @Test
    void givenSavedModel_whenLoaded_thenSameSettingsAndRisks(@TempDir Path dir) throws IOException {
        ThresholdSettings lower = new ThresholdSettings(40, 50, 80, 200, 250, 450, 750, 200, 750, 50);
        detector.train(new LabelledWindows(List.of(), List.of()), lower).save(dir);

        DetectorModel loaded = detector.load(dir);

        assertEquals(lower, loaded.settings());
        assertEquals(DeviceStatus.WARNING,
                loaded.assess(SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, flat(45))).verdict());
    }
}
