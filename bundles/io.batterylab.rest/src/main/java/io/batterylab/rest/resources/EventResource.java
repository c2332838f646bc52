package io.batterylab.rest.resources;

import io.batterylab.core.service.JobEvent;
import io.batterylab.core.service.JobEvents;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.http.Json;
import io.batterylab.rest.http.Reply;
import io.batterylab.rest.http.RouteTable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Blocker;

/**
 * Live job events of the caller as Server-Sent Events ({@code text/event-stream}): status changes, per-epoch metrics
 * and log lines of the caller's own jobs only (the bus delivers per user). Each event is {@code event: <kind>} with
 * a JSON {@code data:} line; a comment line every few seconds keeps proxies from closing an idle stream and lets the
 * server notice a client that has gone.
 */
public final class EventResource implements ApiResource {
    private static final int QUEUE_CAPACITY = 1000;

    private final JobEvents events;
    private final Json json;
    private final Duration keepAlive;
    private final AtomicBoolean open = new AtomicBoolean(true);
    private final AtomicLong sequence = new AtomicLong();

    public EventResource(JobEvents events, Json json, Duration keepAlive) {
        this.events = events;
        this.json = json;
        this.keepAlive = keepAlive;
    }

    @Override
    public void addRoutes(RouteTable.Builder routes) {
        routes.route("GET", "/api/events", "streamEvents").tag("events")
                .summary("Server-Sent Events stream of the caller's job status, metrics and log events")
                .produces("text/event-stream").returns(200, "An endless event stream", JobEventView.class)
                .handle(this::stream);
    }

    /** Ends every open stream, so that the server can stop without waiting for clients. */
    public void close() {
        open.set(false);
    }

    /** Accepts streams again after {@link #close()}, when a stopped server is started again. */
    public void reopen() {
        open.set(true);
    }

    private Reply stream(Call call) throws Exception {
        BlockingQueue<JobEvent> queue = new LinkedBlockingQueue<>(QUEUE_CAPACITY);
        AtomicBoolean overflowed = new AtomicBoolean();
        Response response = call.response();
        response.setStatus(200);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "text/event-stream; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
        try (JobEvents.Subscription subscription = events.subscribe(call.userId(), e -> {
            if (!queue.offer(e)) {
                overflowed.set(true);
            }
        })) {
            write(response, ": connected\nretry: 3000\n\n", false);
            long idleMillis = 0;
            while (open.get() && !overflowed.get()) {
                JobEvent event = queue.poll(200, TimeUnit.MILLISECONDS);
                if (event != null) {
                    write(response, format(event), false);
                    idleMillis = 0;
                } else if ((idleMillis += 200) >= keepAlive.toMillis()) {
                    write(response, ": keep-alive\n\n", false);
                    idleMillis = 0;
                }
            }
            // A client too slow to take its events is cut off rather than buffered without bound; it reconnects.
            write(response, overflowed.get() ? "event: overflow\ndata: {}\n\n" : "", true);
            call.callback().succeeded();
        } catch (Exception clientGone) {
            call.callback().failed(clientGone);
        }
        return Reply.alreadySent();
    }

    private String format(JobEvent e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", e.kind());
        data.put("jobId", e.jobId());
        data.put("runId", e.runId());
        data.put("time", e.time().toString());
        data.put("data", e.data());
        String body = new String(json.write(data), StandardCharsets.UTF_8);
        return "id: " + sequence.incrementAndGet() + "\nevent: " + e.kind() + "\ndata: " + body + "\n\n";
    }

    private static void write(Response response, String text, boolean last) throws Exception {
        try (Blocker.Callback done = Blocker.callback()) {
            response.write(last, ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), done);
            done.block();
        }
    }

    /** The JSON of one event's {@code data:} line. */
    public record JobEventView(String kind, long jobId, Long runId, String time, Map<String, Object> data) {
    }
}
