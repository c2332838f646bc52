package io.batterylab.rest.http;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpHeaderValue;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * After an answer to a request whose body is still on its way (a 413 or 415 sent before reading it), reads and drops
 * the rest of the body for a while before the connection is closed, as web servers' "lingering close" does.
 *
 * <p>Closing a socket with unread bytes in it makes the kernel reset the connection, and a reset discards the answer
 * that is already sent but not yet read on the client side: a client that writes its whole body before it reads
 * (Java's HttpClient, most scripts) then sees "connection reset" or "no bytes" instead of the error that says why. It
 * happened to about 3 in 100 oversized uploads on loopback.
 *
 * <p>Bounded: at most {@link #MAX_BYTES} bytes and {@link #MAX_TIME_SECONDS} seconds, and only when the declared body
 * is no larger; a client that asked {@code Expect: 100-continue} is not drained (it sends nothing unless invited, and
 * reading would invite it). Non-blocking: it runs on Jetty's demand callbacks and a scheduler timeout.
 */
final class LingeringClose implements Runnable {
    static final long MAX_BYTES = 16L * 1024 * 1024;
    static final long MAX_TIME_SECONDS = 10;

    private final Request request;
    private final Callback done;
    private final AtomicBoolean finished = new AtomicBoolean();
    private Scheduler.Task timeout;
    private long dropped;

    private LingeringClose(Request request, Callback done) {
        this.request = request;
        this.done = done;
    }

    /**
     * The callback to complete the answer's write with: once the answer is out, the body is drained, and then
     * {@code done} is completed (which lets Jetty close the connection).
     */
    static Callback afterAnswer(Request request, Callback done) {
        if (!worthDraining(request)) {
            return done;
        }
        return Callback.from(() -> new LingeringClose(request, done).start(), done::failed);
    }

    private static boolean worthDraining(Request request) {
        if (request.getHeaders().contains(HttpHeader.EXPECT, HttpHeaderValue.CONTINUE.asString())) {
            return false;
        }
        return request.getLength() <= MAX_BYTES;
    }

    private void start() {
        timeout = request.getComponents().getScheduler().schedule(this::finish, MAX_TIME_SECONDS, TimeUnit.SECONDS);
        run();
    }

    @Override
    public void run() {
        try {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                boolean end = Content.Chunk.isFailure(chunk) || chunk.isLast();
                dropped += chunk.remaining();
                chunk.release();
                if (end || dropped > MAX_BYTES) {
                    finish();
                }
            }
        } catch (RuntimeException e) {
            // the request is over (the client closed, say): nothing left to drain
            finish();
        }
    }

    private void finish() {
        if (finished.compareAndSet(false, true)) {
            if (timeout != null) {
                timeout.cancel();
            }
            done.succeeded();
        }
    }
}
