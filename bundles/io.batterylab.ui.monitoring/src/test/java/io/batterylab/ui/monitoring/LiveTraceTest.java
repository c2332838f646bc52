package io.batterylab.ui.monitoring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.plugin.DeviceStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveTraceTest {
    @Test
    void givenPoints_thenChannelsAreInMinutesBeforeTheEndAndMissingValuesAreLeftOut() {
        LiveTrace trace = new LiveTrace();
        trace.add(new LiveTrace.Point(0, Map.of("t", 20.0), DeviceStatus.NORMAL, null));
        trace.add(new LiveTrace.Point(30_000, Map.of("v", 1.0), DeviceStatus.WARNING, DeviceStatus.WARNING));
        trace.add(new LiveTrace.Point(60_000, Map.of("t", 80.0), DeviceStatus.DANGER, DeviceStatus.DANGER));

        LiveTrace.Series t = trace.channel("t", 120_000);
        assertArrayEquals(new double[] {-2, -1}, t.x());
        assertArrayEquals(new double[] {20, 80}, t.y());
        assertArrayEquals(new double[] {1, 2}, trace.status(LiveTrace.Point::modelStatus, 120_000).y());
        assertArrayEquals(new double[] {0, 1, 2}, trace.status(LiveTrace.Point::deviceStatus, 120_000).y());
    }

    @Test
    void givenAnOlderPointAfterANewer_thenItIsDropped_andTrimRemovesTheOldOnes() {
        LiveTrace trace = new LiveTrace();
        trace.add(new LiveTrace.Point(10, Map.of("t", 1.0), null, null));
        trace.add(new LiveTrace.Point(5, Map.of("t", 2.0), null, null));
        assertEquals(1, trace.size());

        trace.add(new LiveTrace.Point(20, Map.of("t", 3.0), null, null));
        trace.trimBefore(15);
        assertArrayEquals(new double[] {3}, trace.channel("t", 20).y());
    }

    @Test
    void givenMoreThanTheCapacity_thenTheOldestGo() {
        LiveTrace trace = new LiveTrace();
        for (int i = 0; i <= LiveTrace.CAPACITY; i++) {
            trace.add(new LiveTrace.Point(i, Map.of("t", (double) i), null, null));
        }
        assertEquals(LiveTrace.CAPACITY, trace.size());
        assertEquals(1.0, trace.channel("t", 0).y()[0]);
    }
}
