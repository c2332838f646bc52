package io.batterylab.ui.monitoring;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.service.JobEvent;
import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.MonitorEventForwarder;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A monitor event as the workbench reads it back from the live event bus (see {@link MonitorEventForwarder}: kind
 * {@code sample}, {@code alarm} or {@code correction}, {@code data.job = "device"}).
 */
public sealed interface LiveEvent {
    String deviceId();

    /** A stored sample with the verdict of its window; statuses null when absent, risk NaN when absent. */
    record Sample(String deviceId, Instant at, DeviceStatus deviceStatus, DeviceStatus modelStatus, double risk,
            Map<String, Double> channels) implements LiveEvent {
        public Sample {
            channels = Map.copyOf(channels);
        }
    }

    record AlarmChange(String deviceId, long alarmId, Alarm.State state, DeviceStatus severity) implements LiveEvent {
    }

    record CorrectionSent(String deviceId, Instant at, DeviceStatus command, boolean manual) implements LiveEvent {
    }

    /** The monitor event in a bus event; empty for job events and for events this version cannot read. */
    static Optional<LiveEvent> of(JobEvent event) {
        Map<String, Object> data = event.data();
        if (!MonitorEventForwarder.SOURCE.equals(data.get("job")) || !(data.get("device") instanceof String device)) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(switch (event.kind()) {
                case "sample" -> new Sample(device, event.time(), status(data.get("deviceStatus")),
                        status(data.get("modelStatus")), number(data.get("modelRisk")), channels(data.get("channels")));
                case "alarm" -> new AlarmChange(device, event.jobId(), Alarm.State.valueOf((String) data.get("state")),
                        status(data.get("severity")));
                case "correction" -> new CorrectionSent(device, event.time(), status(data.get("command")),
                        Boolean.TRUE.equals(data.get("manual")));
                default -> null;
            });
        } catch (ClassCastException | IllegalArgumentException | NullPointerException unreadable) {
            return Optional.empty();
        }
    }

    private static DeviceStatus status(Object value) {
        return value instanceof String name ? DeviceStatus.valueOf(name) : null;
    }

    private static double number(Object value) {
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static Map<String, Double> channels(Object value) {
        Map<String, Double> channels = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> map) {
            map.forEach((name, v) -> {
                if (name instanceof String n && v instanceof Number number) {
                    channels.put(n, number.doubleValue());
                }
            });
        }
        return channels;
    }
}
