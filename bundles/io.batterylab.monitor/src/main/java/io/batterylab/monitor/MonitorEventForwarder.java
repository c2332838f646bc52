package io.batterylab.monitor;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Puts the monitor's events on the live event bus of their user, so that {@code /api/events}, {@code /api/ws} and the
 * workbench show them: kind {@code sample}, {@code alarm} or {@code correction}, {@code jobId} the alarm's or correction's id (0 for a
 * sample),
 * {@code data.job = "device"} (ids of jobs and devices overlap) and {@code data.device} the node id. A figure that is
 * not finite is left out (JSON has no NaN); a missing status is left out.
 */
public final class MonitorEventForwarder implements Consumer<MonitorEvent> {
    public static final String SOURCE = "device";

    private final Supplier<JobEvents> bus;

    /** @param bus the bus as it is now; null while none is installed (events are then dropped) */
    public MonitorEventForwarder(Supplier<JobEvents> bus) {
        this.bus = bus;
    }

    @Override
    public void accept(MonitorEvent event) {
        JobEvents events = bus.get();
        // nobody listening (no open stream or view): the event is not made, as most samples' are not
        if (events != null && events.hasSubscribers(event.userId())) {
            events.publish(event.userId(), convert(event));
        }
    }

    static JobEvent convert(MonitorEvent event) {
        return switch (event) {
            case MonitorEvent.SampleReceived s -> sample(s.sample());
            case MonitorEvent.AlarmChanged a -> alarm(a.alarm());
            case MonitorEvent.CorrectionSent c -> correction(c.correction());
        };
    }

    private static JobEvent sample(StoredSample sample) {
        Map<String, Object> data = base(sample.deviceId());
        data.put("deviceTimeMs", sample.deviceTimeMs());
        data.put("gapBefore", sample.gapBefore());
        put(data, "deviceStatus", sample.deviceStatus());
        put(data, "modelStatus", sample.modelStatus());
        putFinite(data, "modelRisk", sample.modelRisk());
        Map<String, Object> channels = new LinkedHashMap<>();
        sample.channels().forEach((name, value) -> putFinite(channels, name, value));
        data.put("channels", channels);
        return new JobEvent("sample", 0, null, sample.receivedAt(), data);
    }

    private static JobEvent alarm(Alarm alarm) {
        Map<String, Object> data = base(alarm.deviceId());
        data.put("alarmId", alarm.id());
        data.put("state", alarm.state().name());
        data.put("severity", alarm.severity().name());
        data.put("detectors", alarm.detectors());
        putFinite(data, "risk", alarm.risk());
        Instant at = alarm.clearedAt() != null ? alarm.clearedAt()
                : alarm.acknowledgedAt() != null ? alarm.acknowledgedAt() : alarm.raisedAt();
        return new JobEvent("alarm", alarm.id(), null, at, data);
    }

    private static JobEvent correction(Correction correction) {
        Map<String, Object> data = base(correction.deviceId());
        data.put("command", correction.command().name());
        put(data, "deviceStatus", correction.deviceStatus());
        put(data, "modelStatus", correction.modelStatus());
        data.put("manual", correction.userId() != null);
        return new JobEvent("correction", correction.id(), null, correction.sentAt(), data);
    }

    private static Map<String, Object> base(String deviceId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job", SOURCE);
        data.put("device", deviceId);
        return data;
    }

    private static void put(Map<String, Object> data, String name, Enum<?> value) {
        if (value != null) {
            data.put(name, value.name());
        }
    }

    private static void putFinite(Map<String, Object> data, String name, double value) {
        if (Double.isFinite(value)) {
            data.put(name, value);
        }
    }
}
