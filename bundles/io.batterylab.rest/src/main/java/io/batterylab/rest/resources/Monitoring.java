package io.batterylab.rest.resources;

import io.batterylab.device.mqtt.SensorTopics;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import java.util.function.Supplier;

/**
 * The live monitor as the device and alarm routes reach it: looked up per request, because it runs only while
 * monitoring is on ({@code mqtt.broker} not {@code off}); without it they answer 503 saying so.
 */
final class Monitoring {
    static final String OFF = "Live monitoring is not running on this server (mqtt.broker=off)";
    static final Param DEVICE_ID = new Param("deviceId", "path", "string", true,
            "node id, as in the node's topic btr/{deviceId}/sensor");

    private final Supplier<MonitorService> monitor;

    Monitoring(Supplier<MonitorService> monitor) {
        this.monitor = monitor;
    }

    MonitorService service() {
        MonitorService service = monitor.get();
        if (service == null) {
            throw new ApiException(503, "service_unavailable", "live monitoring is not running on this server: "
                    + "set mqtt.broker to embedded or external (see the README's configuration table)");
        }
        return service;
    }

    /** The caller's device named in the path; another user's device is a 404 like one that does not exist. */
    MonitoredDevice device(Call call) {
        String id = call.pathParam("deviceId");
        return service().stores().devices().find(call.userId(), id).orElseThrow(() -> notFound(id));
    }

    static ApiException notFound(String deviceId) {
        String shown = SensorTopics.isValidDeviceId(deviceId) ? deviceId : "with that id";
        return new ApiException(404, "not_found", "device " + shown + " not found");
    }
}
