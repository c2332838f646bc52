package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.SampleWindow;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceWindowTest {
    private final DeviceWindow window = new DeviceWindow(4, 2_000, 60_000);

    @Test
    void givenSamplesInOrder_whenWindowed_thenNewestAreKeptOldestFirst() {
        for (int i = 0; i < 6; i++) {
            assertEquals(DeviceWindow.Offer.ACCEPTED, window.offer(Samples.at("n", i * 500L, 30 + i)));
        }

        SampleWindow w = window.window(4).orElseThrow();
        assertArrayEquals(new double[] {1.0, 1.5, 2.0, 2.5}, w.timesSeconds());
        assertArrayEquals(new double[] {32, 33, 34, 35}, w.channel(Channels.TEMP_INTERNAL));
        assertTrue(window.window(5).isEmpty());
    }

    @Test
    void givenLateAndDuplicateSamples_thenLateOnesAreInsertedInTimeOrderAndDuplicatesDropped() {
        window.offer(Samples.at("n", 1000, 30));
        window.offer(Samples.at("n", 2000, 32));

        assertEquals(DeviceWindow.Offer.LATE, window.offer(Samples.at("n", 1500, 31)));
        assertEquals(DeviceWindow.Offer.DUPLICATE, window.offer(Samples.at("n", 2000, 99)));
        window.offer(Samples.at("n", 2500, 33));

        assertArrayEquals(new double[] {30, 31, 32, 33}, window.window(4).orElseThrow().channel(Channels.TEMP_INTERNAL));
        assertEquals(DeviceWindow.Offer.TOO_LATE, window.offer(Samples.at("n", 200, 1)));
        assertFalse(DeviceWindow.Offer.TOO_LATE.kept());
    }

    @Test
    void givenAGapOrARestartedNodeClock_thenTheWindowStartsAgainAfterTheGap() {
        for (int i = 0; i < 4; i++) {
            window.offer(Samples.at("n", i * 500L, 30));
        }

        assertEquals(DeviceWindow.Offer.AFTER_GAP, window.offer(Samples.at("n", 10_000, 40)));
        assertEquals(1, window.size());
        assertTrue(window.window(4).isEmpty());
        window.offer(Samples.at("n", 10_500, 40));
        assertEquals(DeviceWindow.Offer.LATE, window.offer(Samples.at("n", 10_250, 40)));
        window.offer(Samples.at("n", 90_000, 40));
        assertEquals(DeviceWindow.Offer.AFTER_GAP, window.offer(Samples.at("n", 100, 40)));
        assertEquals(1, window.size());
    }

    @Test
    void givenAFailedSensorInSomeSamples_thenItsValueIsCarriedFromTheNearestEarlierOne() {
        window.offer(new SensorSample("n", 0, Map.of(Channels.TEMP_AMBIENT, 20.0), Map.of(), DeviceStatus.NORMAL));
        window.offer(Samples.at("n", 500, 31));
        window.offer(new SensorSample("n", 1000, Map.of(Channels.TEMP_AMBIENT, 20.0), Map.of(), DeviceStatus.NORMAL));
        window.offer(Samples.at("n", 1500, 33));

        assertArrayEquals(new double[] {31, 31, 31, 33},
                window.window(4).orElseThrow().channel(Channels.TEMP_INTERNAL));
    }
}
