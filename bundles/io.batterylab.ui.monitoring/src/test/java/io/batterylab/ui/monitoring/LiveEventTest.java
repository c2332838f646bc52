package io.batterylab.ui.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.Correction;
import io.batterylab.monitor.MonitorEvent;
import io.batterylab.monitor.MonitorEventForwarder;
import io.batterylab.monitor.StoredSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveEventTest {
    private static final Instant AT = Instant.parse("2026-11-30T21:00:00Z");

    @Test
    void givenMonitorEventsForwardedToTheBus_whenReadBack_thenSampleAlarmAndCorrectionComeBackWhole() {
        List<JobEvent> published = new ArrayList<>();
        MonitorEventForwarder forwarder = new MonitorEventForwarder(() -> bus(published));
        forwarder.accept(new MonitorEvent.SampleReceived(7, new StoredSample("cell-60", AT, 1234, 1, false,
                DeviceStatus.NORMAL, DeviceStatus.DANGER, 0.93, Map.of("temp_internal_c", 88.5, "voc_index", 101.0))));
        forwarder.accept(new MonitorEvent.AlarmChanged(7, new Alarm(42, "cell-60", DeviceStatus.DANGER,
                List.of("rise"), 0.93, Map.of(), AT, null, null, null)));
        forwarder.accept(new MonitorEvent.CorrectionSent(7, new Correction(5, "cell-60", AT, DeviceStatus.DANGER,
                DeviceStatus.NORMAL, DeviceStatus.DANGER, null)));

        List<LiveEvent> read = published.stream().map(LiveEvent::of).map(java.util.Optional::orElseThrow).toList();

        assertEquals(new LiveEvent.Sample("cell-60", AT, DeviceStatus.NORMAL, DeviceStatus.DANGER, 0.93,
                Map.of("temp_internal_c", 88.5, "voc_index", 101.0)), read.get(0));
        assertEquals(new LiveEvent.AlarmChange("cell-60", 42, Alarm.State.RAISED, DeviceStatus.DANGER), read.get(1));
        assertEquals(new LiveEvent.CorrectionSent("cell-60", AT, DeviceStatus.DANGER, false), read.get(2));
    }

    @Test
    void givenASampleWithoutVerdict_whenRead_thenStatusIsNullAndRiskNaN() {
        JobEvent event = new JobEvent("sample", 0, null, AT, Map.of("job", "device", "device", "n1",
                "deviceStatus", "WARNING", "channels", Map.of("temp_internal_c", 30)));

        LiveEvent.Sample sample = (LiveEvent.Sample) LiveEvent.of(event).orElseThrow();

        assertEquals(DeviceStatus.WARNING, sample.deviceStatus());
        assertEquals(null, sample.modelStatus());
        assertTrue(Double.isNaN(sample.risk()));
        assertEquals(Map.of("temp_internal_c", 30.0), sample.channels());
    }

    @Test
    void givenJobEventsAndUnreadableDeviceEvents_whenRead_thenTheyAreSkipped() {
        assertTrue(LiveEvent.of(new JobEvent(JobEvent.STATUS, 3, null, AT, Map.of("status", "RUNNING"))).isEmpty());
        assertTrue(LiveEvent.of(new JobEvent("alarm", 3, null, AT, Map.of("job", "device", "device", "n1",
                "state", "MELTED"))).isEmpty());
        assertTrue(LiveEvent.of(new JobEvent("sample", 0, null, AT, Map.of("job", "training", "device", "n1")))
                .isEmpty());
    }

    private static JobEvents bus(List<JobEvent> published) {
        return new JobEvents() {
            @Override
            public void publish(long userId, JobEvent event) {
                published.add(event);
            }

            @Override
            public Subscription subscribe(long userId, java.util.function.Consumer<JobEvent> listener) {
                throw new UnsupportedOperationException("publish only");
            }
        };
    }
}
