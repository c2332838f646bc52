package io.batterylab.rest.ws;

import io.batterylab.core.service.JobEvents;
import io.batterylab.rest.auth.TokenBoundSessions;
import io.batterylab.rest.http.ApiException;
import io.batterylab.rest.http.Authenticator;
import io.batterylab.rest.http.Call;
import io.batterylab.rest.stream.EventStreams;
import io.batterylab.rest.stream.StreamLimits;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All event WebSockets of the server: upgrades a handshake to one, gives each its auth deadline, pings every
 * authenticated one at the streams' heartbeat from one scheduler thread (no thread per socket), and closes them all
 * when the server stops. Sockets count against the same per-user and per-address limits as the event streams.
 */
public final class EventSockets {
    /** How long a new socket may take to send its auth message. */
    public static final Duration AUTH_TIMEOUT = Duration.ofSeconds(5);
    /** The auth message is the only one a client sends; a JWT is well under 1 KiB. */
    static final int MAX_MESSAGE_BYTES = 16 * 1024;
    private static final String STOPPING = "the server is stopping; reconnect in a moment";
    private static final Logger LOG = LoggerFactory.getLogger(EventSockets.class);

    private final JobEvents events;
    private final Authenticator authenticator;
    private final EventStreams streams;
    private final TokenBoundSessions sessions;
    private final SocketMessages messages;
    private final StreamLimits limits;
    private final Duration authTimeout;
    private final Set<EventSocket> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong sequence = new AtomicLong();
    private volatile ServerWebSocketContainer container;
    private ScheduledExecutorService scheduler;

    public EventSockets(JobEvents events, Authenticator authenticator, EventStreams streams,
            TokenBoundSessions sessions, SocketMessages messages, StreamLimits limits, Duration authTimeout) {
        this.events = events;
        this.authenticator = authenticator;
        this.streams = streams;
        this.sessions = sessions;
        this.messages = messages;
        this.limits = limits;
        this.authTimeout = authTimeout;
    }

    /** Adds the WebSocket machinery to the Jetty server; call before the server starts. */
    public void attach(Server jetty) {
        ServerWebSocketContainer c = ServerWebSocketContainer.ensure(jetty);
        c.setMaxTextMessageSize(MAX_MESSAGE_BYTES);
        c.setMaxBinaryMessageSize(MAX_MESSAGE_BYTES);
        // the pings keep a live socket busy; the idle timeout only ends one whose client stopped answering
        c.setIdleTimeout(Duration.ofSeconds(60).plus(limits.heartbeat().multipliedBy(2)));
        container = c;
    }

    /**
     * Upgrades the call's request to an event WebSocket.
     *
     * @throws ApiException 426 when the request is not a WebSocket handshake, 503 when the server is not running
     */
    public void upgrade(Call call) {
        ServerWebSocketContainer c = container;
        if (c == null || !isRunning()) {
            throw new ApiException(503, "unavailable", STOPPING);
        }
        String address = Request.getRemoteAddr(call.request());
        if (!c.upgrade((request, response, callback) -> new EventSocket(this, address), call.request(),
                call.response(), call.callback())) {
            throw new ApiException(426, "upgrade_required",
                    "this is a WebSocket endpoint: open it with a WebSocket client (ws:// or wss://)");
        }
    }

    public synchronized void start() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("batterylab-rest-sockets").daemon().factory());
            long period = limits.heartbeat().toMillis();
            scheduler.scheduleAtFixedRate(this::ping, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Closes every socket with {@link SocketClose#SERVER_STOPPING}, so the server stops without waiting. */
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
        open.forEach(socket -> socket.close(SocketClose.SERVER_STOPPING, STOPPING));
    }

    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    /** Sockets open now, authenticated or not. */
    public int openSockets() {
        return open.size();
    }

    synchronized void opened(EventSocket socket) {
        open.add(socket);
        if (scheduler == null) {
            socket.close(SocketClose.SERVER_STOPPING, STOPPING);
            return;
        }
        scheduler.schedule(socket::authDeadline, authTimeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void closed(EventSocket socket) {
        open.remove(socket);
    }

    private void ping() {
        try {
            open.forEach(EventSocket::ping);
        } catch (RuntimeException e) {
            // a failing run would cancel the schedule: every later ping would be lost
            LOG.warn("event socket ping failed: {}", e.toString(), e);
        }
    }

    long nextId() {
        return sequence.incrementAndGet();
    }

    JobEvents events() {
        return events;
    }

    Authenticator authenticator() {
        return authenticator;
    }

    EventStreams streams() {
        return streams;
    }

    TokenBoundSessions sessions() {
        return sessions;
    }

    SocketMessages messages() {
        return messages;
    }

    int bufferBytes() {
        return limits.bufferBytes();
    }

    Duration authTimeout() {
        return authTimeout;
    }
}
