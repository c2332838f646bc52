package io.batterylab.detector.rise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Assessment;
import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.DetectorModel;
import io.batterylab.core.detection.DetectorModelFile;
import io.batterylab.core.detection.LabelledWindows;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RiseDetectorTest {
    private static final LabelledWindows NO_DATA = new LabelledWindows(List.of(), List.of());
    private final RiseDetector detector = new RiseDetector();
    private final DetectorModel model = detector.train(NO_DATA, RiseSettings.DEFAULTS);

    /** 60 samples at 0.5 s; the function gets the sample index. */
    private static SampleWindow trace(IntToDoubleFunction value) {
        return SampleWindow.regular(Channels.TEMP_INTERNAL, 0.5, IntStream.range(0, 60).mapToDouble(value).toArray());
    }

    @Test
    void givenFlatLine_whenAssessed_thenNoRisk() {
        assertEquals(new Assessment(0, DeviceStatus.NORMAL), model.assess(trace(i -> 31.2)));
    }

    @Test
    void givenRampsOfKnownSlope_whenAssessed_thenRiskIsRateOverTwiceTheLimitAndAlarmFromTheLimitOn() {
        // 0.04 °C per 0.5 s = 4.8 °C/min; 0.0875 = 10.5 °C/min; the limit is 10 °C/min
        Assessment slow = model.assess(trace(i -> 25 + 0.04 * i));
        Assessment fast = model.assess(trace(i -> 25 + 0.0875 * i));

        assertEquals(4.8 / 20, slow.risk(), 1e-9);
        assertEquals(DeviceStatus.NORMAL, slow.verdict());
        assertEquals(10.5 / 20, fast.risk(), 1e-9);
        assertEquals(DeviceStatus.DANGER, fast.verdict());
    }

    @Test
    void givenStepInTheLastSecondsOnly_whenAssessed_thenSeenWithinTheSpan() {
        // flat 30 °C, then +3 °C over the last 2 s: the 10 s slope is well above 10 °C/min
        Assessment a = model.assess(trace(i -> i < 56 ? 30 : 30 + (i - 55) * 0.75));

        assertTrue(a.alarm(), a.toString());
    }

    @Test
    void givenFlatLineAtTheCeiling_whenAssessed_thenDangerWithoutAnyRise() {
        assertEquals(new Assessment(1, DeviceStatus.DANGER), model.assess(trace(i -> 80)));
    }

    @Test
    void givenDeltaValuedTraceFalling_whenAssessed_thenNoRisk() {
        assertEquals(0, model.assess(trace(i -> -0.5 - 0.01 * i)).risk());
    }

    @Test
    void givenSavedModel_whenLoadedAsAnotherDetectorOrDamaged_thenRefused(@TempDir Path dir) throws IOException {
        detector.train(NO_DATA, new RiseSettings(5, 3, 60)).save(dir);
        assertEquals(new RiseSettings(5, 3, 60), detector.load(dir).settings());

        Files.writeString(dir.resolve(DetectorModelFile.NAME), "detector.id=forest\n");
        IOException e = assertThrows(IOException.class, () -> detector.load(dir));
        assertTrue(e.getMessage().contains("'forest', not 'rise'"), e.getMessage());
    }

    @Test
    void givenSettingsOutOfBounds_whenTrained_thenRefusedNamingTheSetting() {
        var e = assertThrows(IllegalArgumentException.class, () -> detector.train(NO_DATA, new RiseSettings(60, 10, 80)));
        assertTrue(e.getMessage().contains("spanSeconds"), e.getMessage());
    }
}
