package io.batterylab.rest.resources;

import io.batterylab.core.plugin.DeviceStatus;
import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.monitor.store.DeviceStore.ClaimResult;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.DeviceDto.ClaimForm;
import io.batterylab.rest.resources.DeviceDto.DetectorChoiceList;
import io.batterylab.rest.resources.DeviceDto.DetectorChoiceView;
import io.batterylab.rest.resources.DeviceDto.DetectorsForm;
import io.batterylab.rest.resources.DeviceDto.DeviceList;
import io.batterylab.rest.resources.DeviceDto.DeviceView;
import io.batterylab.rest.resources.DeviceDto.RenameForm;
import io.batterylab.rest.resources.DeviceDto.SampleView;
import io.batterylab.rest.resources.DeviceDto.StatusForm;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The caller's monitored devices (live nodes): claimed by id, renamed, removed, their detectors chosen, their newest
 * sample read and a status sent to them by hand. Another user's device is a 404 and never listed; claiming an id
 * another user holds is refused (409) without saying who. Series over time are {@link DeviceSeries}.
 */
public final class DeviceResource implements ApiResource {
    static final String DEVICE = "/api/devices/{deviceId}";

    private final Monitoring monitoring;

    /** @param monitor the live monitor, or null while monitoring is off (the routes answer 503) */
    public DeviceResource(Supplier<MonitorService> monitor) {
        this.monitoring = new Monitoring(monitor);
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/devices", "listDevices").tag("devices")
                .summary("The caller's devices by id, with when each was last seen, its own status and the "
                        + "detectors' verdict").returns(200, "The devices", DeviceList.class).error(503, Monitoring.OFF)
                .handle(call -> Reply.ok(new DeviceList(monitoring.service().stores().devices().list(call.userId())
                        .stream().map(this::view).toList())));
        routes.route("GET", "/api/detector-choices", "listDetectorChoices").tag("devices")
                .summary("What the caller can run on a device: installed detectors that run untrained, then the "
                        + "caller's trained detector models (as model:{id})")
                .returns(200, "The choices", DetectorChoiceList.class).error(503, Monitoring.OFF)
                .handle(call -> Reply.ok(new DetectorChoiceList(monitoring.service().detectorChoices(call.userId())
                        .stream().map(DetectorChoiceView::of).toList())));
        routes.route("POST", "/api/devices", "claimDevice").tag("devices")
                .summary("Claim a node id: its samples are monitored and stored for the caller from the next one on."
                        + " Claiming one of your own ids again answers 200 with it.")
                .body(ClaimForm.class).returns(201, "The claimed device", DeviceView.class)
                .error(400, "The id or name is missing or malformed; the message names the field")
                .error(409, "Another user has claimed this id").error(415, "Not application/json")
                .error(503, Monitoring.OFF)
                .handle(this::claim);
        routes.route("GET", DEVICE, "getDevice").tag("devices").summary("One device").param(Monitoring.DEVICE_ID)
                .returns(200, "The device", DeviceView.class).error(404, "No such device for this user")
                .error(503, Monitoring.OFF).handle(call -> Reply.ok(view(monitoring.device(call))));
        routes.route("PUT", DEVICE + "/name", "renameDevice").tag("devices").summary("Rename a device")
                .param(Monitoring.DEVICE_ID).body(RenameForm.class).returns(200, "The device", DeviceView.class)
                .error(400, "The name is missing, blank or longer than 255 characters")
                .error(404, "No such device for this user").error(503, Monitoring.OFF).handle(this::rename);
        routes.route("PUT", DEVICE + "/detectors", "setDeviceDetectors").tag("devices")
                .summary("Choose the detectors that run on the device's samples; they take over from its next "
                        + "sample with a fresh window").param(Monitoring.DEVICE_ID).body(DetectorsForm.class)
                .returns(200, "The device", DeviceView.class)
                .error(400, "A detector is not installed or needs a trained model, or the caller has no such "
                        + "trained model; the message names it")
                .error(404, "No such device for this user").error(503, Monitoring.OFF).handle(this::setDetectors);
        routes.route("DELETE", DEVICE, "removeDevice").tag("devices")
                .summary("Remove a device with its samples, corrections and alarms; its id can be claimed again")
                .param(Monitoring.DEVICE_ID).returns(204, "Removed", null)
                .error(404, "No such device for this user").error(503, Monitoring.OFF).handle(this::remove);
        routes.route("GET", DEVICE + "/latest", "getLatestSample").tag("devices")
                .summary("The device's newest stored sample").param(Monitoring.DEVICE_ID)
                .returns(200, "The sample", SampleView.class)
                .error(404, "No such device for this user, or no sample of it yet").error(503, Monitoring.OFF)
                .handle(this::latest);
        routes.route("POST", DEVICE + "/status", "sendDeviceStatus").tag("devices")
                .summary("Send a status to the node by hand (its statue topic, QoS 1); the automatic corrections "
                        + "then hold off as after one of their own").param(Monitoring.DEVICE_ID)
                .body(StatusForm.class).returns(204, "Sent", null)
                .error(400, "The status is not normal, warning or danger").error(404, "No such device for this user")
                .error(503, Monitoring.OFF + ", or the broker cannot be reached").handle(this::sendStatus);
    }

    private Reply claim(Call call) throws IOException {
        MonitorService monitor = monitoring.service();
        ClaimForm form = body(call, ClaimForm.class);
        String deviceId = required("deviceId", form.deviceId());
        ClaimResult result = monitor.claim(call.userId(), deviceId, required("name", form.name()));
        return switch (result) {
            case ClaimResult.Claimed claimed -> Reply.created(view(claimed.device()),
                    "/api/devices/" + deviceId);
            case ClaimResult.AlreadyYours yours -> Reply.ok(view(yours.device()));
            case ClaimResult.TakenByAnotherUser taken -> throw new ApiException(409, "device_claimed", "device "
                    + deviceId + " is claimed by another user; it can be claimed once they remove it");
        };
    }

    private DeviceView view(MonitoredDevice device) {
        return DeviceView.of(device, monitoring.service());
    }

    private Reply rename(Call call) throws IOException {
        MonitoredDevice device = monitoring.device(call);
        RenameForm form = body(call, RenameForm.class);
        monitoring.service().rename(call.userId(), device.deviceId(), required("name", form.name()));
        return Reply.ok(view(monitoring.device(call)));
    }

    private Reply setDetectors(Call call) throws IOException {
        MonitoredDevice device = monitoring.device(call);
        DetectorsForm form = body(call, DetectorsForm.class);
        if (form.detectors() == null) {
            throw ApiException.badRequest("invalid_request", "field 'detectors' is required: a list of detector ids");
        }
        monitoring.service().setDetectors(call.userId(), device.deviceId(), form.detectors());
        return Reply.ok(view(monitoring.device(call)));
    }

    private Reply remove(Call call) {
        MonitoredDevice device = monitoring.device(call);
        if (!monitoring.service().remove(call.userId(), device.deviceId())) {
            throw Monitoring.notFound(device.deviceId());
        }
        return Reply.noContent();
    }

    private Reply latest(Call call) {
        MonitoredDevice device = monitoring.device(call);
        return monitoring.service().stores().samples().latest(device.id(), device.deviceId()).map(SampleView::of)
                .map(Reply::ok).orElseThrow(() -> new ApiException(404, "no_sample", "device " + device.deviceId()
                        + " has sent no sample since it was claimed"));
    }

    private Reply sendStatus(Call call) throws IOException {
        MonitoredDevice device = monitoring.device(call);
        StatusForm form = body(call, StatusForm.class);
        DeviceStatus status = status(required("status", form.status()));
        try {
            if (!monitoring.service().sendStatus(call.userId(), device.deviceId(), status)) {
                throw Monitoring.notFound(device.deviceId());
            }
        } catch (IOException e) {
            throw new ApiException(503, "device_unreachable", "status " + form.status() + " not sent to device "
                    + device.deviceId() + ": " + e.getMessage());
        }
        return Reply.noContent();
    }

    private static DeviceStatus status(String value) {
        try {
            return DeviceStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_request", "field 'status' must be one of "
                    + Arrays.stream(DeviceStatus.values()).map(DeviceDto::status).toList() + ", got '" + value + "'");
        }
    }

    /** The JSON body; a literal {@code null} is refused like a missing one. */
    static <T> T body(Call call, Class<T> type) throws IOException {
        T body = call.body(type);
        if (body == null) {
            throw ApiException.badRequest("missing_body", "a JSON object is required");
        }
        return body;
    }

    static String required(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ApiException.badRequest("invalid_request", "field '" + field + "' is required");
        }
        return value;
    }
}
