package io.batterylab.rest.resources;

import io.batterylab.monitor.MonitorService;
import io.batterylab.monitor.MonitoredDevice;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Param;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.resources.DeviceDto.SampleView;
import io.batterylab.rest.resources.DeviceDto.DeviceSeriesView;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A device's samples over a time range for charts, downsampled by the database to at most the points asked for, so
 * that a day at 2 Hz and a minute cost the same to send. A range longer than {@link #MAX_RANGE} is clamped to the
 * newest part of it (the answer says which range it served).
 */
public final class DeviceSeriesResource implements ApiResource {
    static final Duration MAX_RANGE = Duration.ofDays(366);
    static final Duration DEFAULT_RANGE = Duration.ofMinutes(10);
    static final int DEFAULT_POINTS = 600;
    static final int MAX_POINTS = 5_000;

    private final Monitoring monitoring;
    private final Clock clock;

    public DeviceSeriesResource(Supplier<MonitorService> monitor, Clock clock) {
        this.monitoring = new Monitoring(monitor);
        this.clock = clock;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", DeviceResource.DEVICE + "/series", "getDeviceSeries").tag("devices")
                .summary("The device's samples received in [from, to], at most 'points' of them: when there are more,"
                        + " the range is cut into equal buckets, each one point (channel means, worst statuses, highest"
                        + " risk, count of samples). Ranges over " + MAX_RANGE.toDays() + " days are clamped to their"
                        + " newest part.")
                .param(Monitoring.DEVICE_ID)
                .param(Param.query("from", "string", "start, ISO-8601 instant or epoch milliseconds; default: "
                        + DEFAULT_RANGE.toMinutes() + " minutes before 'to'"))
                .param(Param.query("to", "string", "end, ISO-8601 instant or epoch milliseconds; default: now"))
                .param(Param.query("points", "integer", "most points returned, 1 to " + MAX_POINTS + "; default "
                        + DEFAULT_POINTS))
                .returns(200, "The series, oldest first", DeviceSeriesView.class)
                .error(400, "A parameter is malformed, or 'from' is after 'to'")
                .error(404, "No such device for this user")
                .error(503, Monitoring.OFF).handle(this::series);
    }

    private Reply series(Call call) {
        int points = call.queryInt("points", DEFAULT_POINTS, 1, MAX_POINTS);
        Instant to = instant(call, "to").orElseGet(clock::instant);
        Instant from = instant(call, "from").orElse(to.minus(DEFAULT_RANGE));
        if (from.isAfter(to)) {
            throw ApiException.badRequest("invalid_parameter", "parameter 'from' (" + from + ") is after 'to' (" + to
                    + ")");
        }
        if (Duration.between(from, to).compareTo(MAX_RANGE) > 0) {
            from = to.minus(MAX_RANGE);
        }
        MonitoredDevice device = monitoring.device(call);
        var items = monitoring.service().stores().samples().series(device.id(), device.deviceId(), from, to, points)
                .stream().map(SampleView::of).toList();
        return Reply.ok(new DeviceSeriesView(device.deviceId(), from.toString(), to.toString(), points, items));
    }

    /** An instant given as ISO-8601 or epoch milliseconds, within what a database column of milliseconds holds. */
    private static Optional<Instant> instant(Call call, String name) {
        return call.query(name).map(value -> {
            try {
                Instant t = value.chars().allMatch(Character::isDigit) ? Instant.ofEpochMilli(Long.parseLong(value))
                        : Instant.parse(value);
                if (t.isBefore(Instant.EPOCH) || t.getEpochSecond() > 253_402_300_799L) {
                    throw new DateTimeParseException("out of range", value, 0);
                }
                return t;
            } catch (DateTimeParseException | NumberFormatException e) {
                throw ApiException.badRequest("invalid_parameter", "parameter '" + name + "' must be an ISO-8601 "
                        + "instant (2026-11-30T10:00:00Z) or epoch milliseconds between 1970 and 9999, got '"
                        + value + "'");
            }
        });
    }
}
