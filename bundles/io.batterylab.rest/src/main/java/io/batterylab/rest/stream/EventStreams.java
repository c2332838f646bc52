package io.batterylab.rest.stream;

import io.batterylab.rest.http.ApiException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * All open event streams of the server: opens them within the {@link StreamLimits}, and one scheduler thread writes
 * the heartbeat to every stream, however many there are (no thread is held per stream). A client that has gone is
 * found by its failing heartbeat write and its stream closed.
 */
public final class EventStreams {
    static final String HEARTBEAT = ": keep-alive\n\n";
    private static final Logger LOG = LoggerFactory.getLogger(EventStreams.class);

    private final StreamLimits limits;
    private final StreamQuota quota;
    private final Set<SseStream> open = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService heartbeats;

    public EventStreams(StreamLimits limits) {
        this.limits = limits;
        this.quota = new StreamQuota(limits);
    }

    /**
     * Opens a stream of the user from the client address, its first frame queued before any heartbeat.
     *
     * @throws ApiException 429 when the user or the address already holds as many streams as allowed, 503 when the
     *         server is stopping
     */
    public SseStream open(long userId, String address, Content.Sink sink, Callback done, String firstFrame) {
        requireRunning();
        quota.acquire(userId, address);
        SseStream stream = new SseStream(sink, done, limits.bufferBytes(), firstFrame);
        open.add(stream);
        stream.whenClosed(() -> {
            open.remove(stream);
            quota.release(userId, address);
        });
        stream.start();
        return stream;
    }

    /**
     * Counts another live connection of the user from the client address (a WebSocket) against the same limits as
     * the streams.
     *
     * @return run it once when that connection ends
     * @throws ApiException 429 when a limit is reached, 503 when the server is stopping
     */
    public Runnable reserve(long userId, String address) {
        requireRunning();
        quota.acquire(userId, address);
        AtomicBoolean released = new AtomicBoolean();
        return () -> {
            if (released.compareAndSet(false, true)) {
                quota.release(userId, address);
            }
        };
    }

    public synchronized void start() {
        if (heartbeats == null) {
            heartbeats = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("batterylab-rest-heartbeat").daemon().factory());
            long period = limits.heartbeat().toMillis();
            heartbeats.scheduleAtFixedRate(this::heartbeat, period, period, TimeUnit.MILLISECONDS);
        }
    }

    /** Ends every open stream with the last frame, so that the server can stop without waiting for clients. */
    public synchronized void stop(String lastFrame) {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
            heartbeats = null;
        }
        open.forEach(stream -> stream.end(lastFrame));
    }

    public synchronized boolean isRunning() {
        return heartbeats != null;
    }

    /** Streams open now, of all users. */
    public int openStreams() {
        return open.size();
    }

    /** Streams the user holds now. */
    public int openStreams(long userId) {
        return quota.ofUser(userId);
    }

    private void requireRunning() {
        if (!isRunning()) {
            throw new ApiException(503, "unavailable", "the server is stopping; reconnect in a moment");
        }
    }

    private void heartbeat() {
        try {
            open.forEach(stream -> stream.send(HEARTBEAT));
        } catch (RuntimeException e) {
            // a failing run would cancel the schedule: every later heartbeat would be lost
            LOG.warn("event stream heartbeat failed: {}", e.toString(), e);
        }
    }
}
