package io.batterylab.rest.resources;

import io.batterylab.monitor.Alarm;
import io.batterylab.monitor.MonitorService;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.DeviceDto.AlarmList;
import io.batterylab.rest.resources.DeviceDto.AlarmView;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The alarms of the caller's devices: listed newest first (by device, open only) and acknowledged. Another user's
 * alarm is a 404 and never listed.
 */
public final class AlarmResource implements ApiResource {
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1_000;

    private final Monitoring monitoring;

    public AlarmResource(Supplier<MonitorService> monitor) {
        this.monitoring = new Monitoring(monitor);
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/alarms", "listAlarms").tag("alarms")
                .summary("The alarms of the caller's devices, newest first")
                .param(Param.query("device", "string", "only this device's alarms"))
                .param(Param.query("state", "string", "'open' (raised or acknowledged, not cleared) or 'all' "
                        + "(default)"))
                .param(Param.query("limit", "integer", "most alarms returned, 1 to " + MAX_LIMIT + "; default "
                        + DEFAULT_LIMIT))
                .returns(200, "The alarms", AlarmList.class).error(400, "A parameter is malformed")
                .error(503, Monitoring.OFF).handle(this::list);
        routes.route("POST", "/api/alarms/{id}/acknowledge", "acknowledgeAlarm").tag("alarms")
                .summary("Acknowledge an alarm: someone is on it. It clears by itself after a quiet period.")
                .param(Param.path("id", "alarm id")).returns(200, "The alarm", AlarmView.class)
                .error(404, "No such alarm for this user").error(409, "The alarm was acknowledged already")
                .error(503, Monitoring.OFF).handle(this::acknowledge);
    }

    private Reply list(Call call) {
        MonitorService monitor = monitoring.service();
        int limit = call.queryInt("limit", DEFAULT_LIMIT, 1, MAX_LIMIT);
        String state = call.query("state").orElse("all").toLowerCase(Locale.ROOT);
        if (!state.equals("all") && !state.equals("open")) {
            throw ApiException.badRequest("invalid_parameter", "parameter 'state' must be 'open' or 'all', got '"
                    + state + "'");
        }
        String device = call.query("device").orElse(null);
        return Reply.ok(new AlarmList(monitor.stores().alarms().list(call.userId(), device, state.equals("open"),
                limit).stream().map(AlarmView::of).toList()));
    }

    private Reply acknowledge(Call call) {
        MonitorService monitor = monitoring.service();
        long id = call.pathId("id");
        Alarm alarm = monitor.stores().alarms().find(call.userId(), id)
                .orElseThrow(() -> ApiException.notFound("alarm", id));
        if (!monitor.acknowledge(call.userId(), id)) {
            throw new ApiException(409, "already_acknowledged", "alarm " + id + " was acknowledged at "
                    + alarm.acknowledgedAt());
        }
        return Reply.ok(AlarmView.of(monitor.stores().alarms().find(call.userId(), id).orElseThrow()));
    }
}
