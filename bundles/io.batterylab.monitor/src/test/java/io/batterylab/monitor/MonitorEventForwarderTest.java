package io.batterylab.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.events.InMemoryJobEvents;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class MonitorEventForwarderTest {
    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");

    @Test
    void givenMonitorEvents_thenTheyReachOnlyTheirUsersBusAsDeviceEventsWithoutNaN() {
        InMemoryJobEvents bus = new InMemoryJobEvents();
        List<JobEvent> alice = new CopyOnWriteArrayList<>();
        List<JobEvent> bob = new CopyOnWriteArrayList<>();
        bus.subscribe(1, alice::add);
        bus.subscribe(2, bob::add);
        MonitorEventForwarder forwarder = new MonitorEventForwarder(() -> bus);

        forwarder.accept(new MonitorEvent.SampleReceived(1, new StoredSample("n1", T0, 500, 1, false,
                DeviceStatus.NORMAL, null, Double.NaN, Map.of(Channels.TEMP_INTERNAL, 31.5))));
        forwarder.accept(new MonitorEvent.AlarmChanged(1, new Alarm(7, "n1", DeviceStatus.DANGER, List.of("rise"), 1.0,
                Map.of(), T0, null, null, null)));
        forwarder.accept(new MonitorEvent.CorrectionSent(1, new Correction(3, "n1", T0, DeviceStatus.DANGER,
                DeviceStatus.NORMAL, DeviceStatus.DANGER, null)));

        assertTrue(bob.isEmpty());
        assertEquals(List.of("sample", "alarm", "correction"), alice.stream().map(JobEvent::kind).toList());
        JobEvent sample = alice.get(0);
        assertEquals("device", sample.data().get("job"));
        assertEquals("n1", sample.data().get("device"));
        assertFalse(sample.data().containsKey("modelRisk"));
        assertFalse(sample.data().containsKey("modelStatus"));
        assertEquals(Map.of(Channels.TEMP_INTERNAL, 31.5), sample.data().get("channels"));
        assertEquals("RAISED", alice.get(1).data().get("state"));
        assertEquals(7, alice.get(1).jobId());
        assertEquals("DANGER", alice.get(2).data().get("command"));
        assertEquals(false, alice.get(2).data().get("manual"));
    }

    @Test
    void givenNoBusInstalled_thenEventsAreDroppedWithoutError() {
        new MonitorEventForwarder(() -> null).accept(new MonitorEvent.CorrectionSent(1, new Correction(3, "n1", T0,
                DeviceStatus.NORMAL, null, null, 1L)));
    }

    @Test
    void givenNobodyListeningToTheUser_whenSamplesArrive_thenNoEventIsPublished() {
        List<Long> published = new CopyOnWriteArrayList<>();
        JobEvents quiet = new JobEvents() {
            @Override
            public void publish(long userId, JobEvent event) {
                published.add(userId);
            }

            @Override
            public Subscription subscribe(long userId, java.util.function.Consumer<JobEvent> listener) {
                return () -> {
                };
            }

            @Override
            public boolean hasSubscribers(long userId) {
                return userId == 2;
            }
        };
        MonitorEventForwarder forwarder = new MonitorEventForwarder(() -> quiet);

        for (long user : new long[] {1, 2, 1}) {
            forwarder.accept(new MonitorEvent.SampleReceived(user, new StoredSample("n1", T0, 500, 1, false,
                    DeviceStatus.NORMAL, null, Double.NaN, Map.of(Channels.TEMP_INTERNAL, 31.5))));
        }

        assertEquals(List.of(2L), published);
    }
}
