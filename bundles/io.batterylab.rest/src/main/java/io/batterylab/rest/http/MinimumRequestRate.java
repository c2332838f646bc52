package io.batterylab.rest.http;

import java.io.EOFException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.NanoTime;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Cuts off a client that sends its request body slower than a minimum number of bytes per second on average (after a
 * grace period), so that a trickling or stalled upload cannot hold a server thread and a spool file for the whole idle
 * timeout. The reader then gets a {@link TooSlow} failure, which the API answers with 408.
 *
 * <p>Jetty 12's own {@code HttpConfiguration.minRequestDataRate} is not enforced by its core server, and its
 * {@code MinimumDataRateHandler} (12.1) divides the bytes read by the whole handler, all requests together, by the age
 * of one request: one slow client among busy ones passes. This counts each request's own bytes, and also fires while
 * the reader waits for bytes that do not come.
 */
public final class MinimumRequestRate extends Handler.Wrapper {
    private final long minBytesPerSecond;
    private final Duration grace;

    /** @param minBytesPerSecond 0 or less turns the check off */
    public MinimumRequestRate(Handler handler, long minBytesPerSecond, Duration grace) {
        super(handler);
        this.minBytesPerSecond = minBytesPerSecond;
        this.grace = grace;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        boolean hasBody = request.getLength() != 0;
        return super.handle(minBytesPerSecond > 0 && hasBody ? new Checked(request) : request, response, callback);
    }

    /** The request body came slower than the minimum rate. */
    public static final class TooSlow extends TimeoutException {
        private static final long serialVersionUID = 1L;

        TooSlow(String message) {
            super(message);
        }
    }

    private final class Checked extends Request.Wrapper {
        private final long start = NanoTime.now();
        private final Scheduler scheduler;
        private long received;
        private boolean complete;
        private volatile Content.Chunk failure;

        Checked(Request request) {
            super(request);
            this.scheduler = request.getComponents().getScheduler();
        }

        @Override
        public Content.Chunk read() {
            Content.Chunk cut = failure;
            if (cut != null) {
                return cut;
            }
            Content.Chunk chunk = super.read();
            if (chunk == null) {
                return null;
            }
            synchronized (this) {
                received += chunk.remaining();
                complete |= chunk.isLast();
            }
            if (!chunk.isLast() && tooSlow()) {
                chunk.release();
                return cutOff();
            }
            return chunk;
        }

        @Override
        public void demand(Runnable onContent) {
            if (failure != null) {
                onContent.run();
                return;
            }
            AtomicBoolean ran = new AtomicBoolean();
            AtomicReference<Scheduler.Task> check = new AtomicReference<>();
            Runnable once = () -> {
                if (ran.compareAndSet(false, true)) {
                    Scheduler.Task pending = check.get();
                    if (pending != null) {
                        pending.cancel();
                    }
                    onContent.run();
                }
            };
            watch(ran, once, check);
            try {
                super.demand(once);
            } catch (RuntimeException e) {
                // Jetty 12.1 throws (NullPointerException from HttpChannelState) when a reader demands after the
                // exchange has ended, e.g. the client went away while a slow body was being parsed: end the body
                // for the reader instead of leaving a warning with a stack trace in the log (seen in the soak)
                failure = Content.Chunk.from(new EOFException("the request ended before its body was complete"), true);
                once.run();
            }
        }

        /** While the reader waits, checks again at the moment the average would fall below the minimum. */
        private void watch(AtomicBoolean ran, Runnable once, AtomicReference<Scheduler.Task> check) {
            check.set(scheduler.schedule(() -> {
                if (ran.get()) {
                    return;
                }
                if (tooSlow()) {
                    cutOff();
                    once.run();
                } else if (!isComplete()) {
                    watch(ran, once, check);
                }
            }, millisUntilTooSlow() + 1, TimeUnit.MILLISECONDS));
        }

        private synchronized boolean isComplete() {
            return complete;
        }

        private synchronized boolean tooSlow() {
            long elapsed = NanoTime.millisSince(start);
            return !complete && elapsed >= grace.toMillis() && received * 1000 < minBytesPerSecond * elapsed;
        }

        /** When, with no more bytes, the average would fall below the minimum. */
        private synchronized long millisUntilTooSlow() {
            long deadline = Math.max(grace.toMillis(), received * 1000 / minBytesPerSecond);
            return Math.max(0, deadline - NanoTime.millisSince(start));
        }

        private Content.Chunk cutOff() {
            Content.Chunk cut = Content.Chunk.from(new TooSlow("the request body arrived slower than the minimum of "
                    + minBytesPerSecond + " bytes per second; the upload was cut off"), true);
            failure = cut;
            return cut;
        }
    }
}
