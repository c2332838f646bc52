package io.batterylab.rest.resources;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.rest.auth.TokenBoundSessions;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Caller;
import io.batterylab.rest.http.Json;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import io.batterylab.rest.stream.EventStreams;
import io.batterylab.rest.stream.SseStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;

/**
 * Live job events of the caller as Server-Sent Events ({@code text/event-stream}): status changes, per-epoch metrics
 * and log lines of the caller's own jobs only (the bus delivers per user). Each event is {@code event: <kind>} with
 * a JSON {@code data:} line; heartbeat comments keep proxies from closing an idle stream. The handler returns at once:
 * events are written by the publishing thread through a non-blocking {@link SseStream}, so an open stream holds no
 * server thread. A stream ends with {@code event: end} when its token is logged out or expires or the server stops.
 */
public final class EventResource implements ApiResource {
    private final JobEvents events;
    private final Json json;
    private final EventStreams streams;
    private final TokenBoundSessions sessions;
    private final AtomicLong sequence = new AtomicLong();

    public EventResource(JobEvents events, Json json, EventStreams streams, TokenBoundSessions sessions) {
        this.events = events;
        this.json = json;
        this.streams = streams;
        this.sessions = sessions;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/events", "streamEvents").tag("events")
                .summary("Server-Sent Events stream of the caller's job status, metrics and log events")
                .produces("text/event-stream").returns(200, "An endless event stream", JobEventView.class)
                .error(429, "The user or the client address already holds as many open streams as allowed")
                .handle(this::stream);
    }

    /** The last frame of every stream when the server stops. */
    public static String serverStopping() {
        return end("server_stopping");
    }

    private Reply stream(Call call) {
        Caller caller = call.caller();
        Request request = call.request();
        Response response = call.response();
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        SseStream stream = streams.open(caller.userId(), Request.getRemoteAddr(request), response, call.callback(),
                ": connected\nretry: 3000\n\n");
        JobEvents.Subscription subscription = events.subscribe(caller.userId(), e -> stream.send(format(e)));
        TokenBoundSessions.Binding binding = sessions.bind(caller, reason -> stream.end(end(reason)));
        stream.whenClosed(subscription::close);
        stream.whenClosed(binding::close);
        request.addFailureListener(stream::fail);
        return Reply.alreadySent();
    }

    private String format(JobEvent e) {
        String body = new String(json.write(JobEventView.of(e)), StandardCharsets.UTF_8);
        return "id: " + sequence.incrementAndGet() + "\nevent: " + e.kind() + "\ndata: " + body + "\n\n";
    }

    private static String end(String reason) {
        return "event: end\ndata: {\"reason\":\"" + reason + "\"}\n\n";
    }

    /** The JSON of one event's {@code data:} line. */
    public record JobEventView(String kind, long jobId, Long runId, String time, Map<String, Object> data) {
        /** The view of an event, as both the event stream and the WebSocket send it. */
        public static JobEventView of(JobEvent e) {
            return new JobEventView(e.kind(), e.jobId(), e.runId(), e.time().toString(), e.data());
        }
    }
}
