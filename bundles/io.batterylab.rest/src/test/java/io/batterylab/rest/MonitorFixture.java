package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.batterylab.core.detection.Channels;
import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorRegistry;
import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.core.plugin.SensorSample;
import io.batterylab.detection.model.DetectorModelStore;
import io.batterylab.monitor.DetectorSelection;
import io.batterylab.monitor.MonitorEventForwarder;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitorSettings;
import io.batterylab.monitor.store.AlarmStore;
import io.batterylab.monitor.store.DeviceStore;
import io.batterylab.monitor.store.SampleStore;
import io.batterylab.registry.DynamicRegistry;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;

/**
 * The REST server with live monitoring on: the real monitor over the fixture's database, with the shipped threshold
 * and rate-of-rise detectors. Samples are handed to the monitor as the MQTT connector would; the status commands it
 * sends are kept in {@link #sent} in place of the broker (the MQTT path is covered by the monitor's own tests). Its
 * samples, alarms and corrections go to the server's event bus as in the product ({@link MonitorEventForwarder}).
 */
abstract class MonitorFixture extends RestFixture {
    final List<String> sent = new CopyOnWriteArrayList<>();
    MonitorService monitor;
    /** The users' detector models, in the fixture's data directory. */
    DetectorModelStore detectorModels;

    @Override
    Supplier<MonitorService> monitor() {
        if (monitor == null) {
            var pool = database.dataSource();
            DetectorRegistry detectors = installedDetectors();
            detectorModels = new DetectorModelStore(database.config().dataDirectory(), detectors::find);
            monitor = new MonitorService(new MonitorService.Stores(new DeviceStore(pool, clock), new SampleStore(pool),
                    new AlarmStore(pool)), new DetectorSelection(detectors, () -> detectorModels),
                    MonitorSettings.DEFAULTS, clock, new MonitorEventForwarder(() -> events));
            monitor.sendThrough((id, status) -> sent.add(id + "=" + status));
        }
        return () -> monitor;
    }

    @AfterEach
    void closeMonitor() {
        monitor.close();
    }

    /** The untrained detectors, created by name: this bundle does not import them. */
    static DetectorRegistry installedDetectors() {
        final class Registry extends DynamicRegistry<Detector> implements DetectorRegistry {
            Registry() {
                super("detector");
            }
        }
        Registry registry = new Registry();
        try {
            created(Detector.class, "io.batterylab.detector.threshold.ThresholdDetector",
                    "io.batterylab.detector.rise.RiseDetector").forEach(registry::add);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the detectors are not on the test class path", e);
        }
        return registry;
    }

    /** Claims a node id for the user through the API. */
    void claim(String token, String deviceId) throws IOException, InterruptedException {
        var response = postJson("/api/devices", token, "{\"deviceId\":\"" + deviceId + "\",\"name\":\"cell "
                + deviceId + "\"}");
        assertEquals(201, response.statusCode(), response.body());
    }

    /** Samples of a node every 500 ms of the test clock, as the connector hands them over, then stored. */
    void receive(String deviceId, int count, double internalC, DeviceStatus status) {
        for (int i = 0; i < count; i++) {
            clock.advance(java.time.Duration.ofMillis(500));
            monitor.onSample(new SensorSample(deviceId, clock.millis(), Map.of(Channels.TEMP_INTERNAL, internalC,
                    Channels.TEMP_AMBIENT, 25.0), Map.of(), status));
        }
        monitor.flush();
    }

    java.net.http.HttpResponse<String> put(String path, String token, String body)
            throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(java.net.http.HttpRequest.BodyPublishers.ofString(body)).build());
    }
}
