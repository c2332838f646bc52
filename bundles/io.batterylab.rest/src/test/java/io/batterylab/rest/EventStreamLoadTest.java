package io.batterylab.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.service.JobEvent;
import io.batterylab.rest.stream.StreamLimits;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * A thousand open event streams from ten users on four client addresses, against the real server on loopback: the
 * health check and an ordinary authenticated request keep answering within a small multiple of their latency
 * without streams, no server thread is held per stream, and the server is as quick as before once they close.
 */
class EventStreamLoadTest extends RestFixture {
    private static final int USERS = 10;
    private static final int STREAMS_PER_USER = 100;
    private static final List<String> ADDRESSES = List.of("127.0.0.2", "127.0.0.3", "127.0.0.4", "127.0.0.5");
    private static final int SAMPLES = 60;
    /** Enough requests for the JIT to settle, so that the baseline is the server's usual speed, not a cold one. */
    private static final int WARM_UP = 150;

    @Override
    StreamLimits streamLimits() {
        return new StreamLimits(STREAMS_PER_USER, USERS * STREAMS_PER_USER / ADDRESSES.size(), 64 * 1024,
                Duration.ofSeconds(1));
    }

    @Test
    void givenThousandOpenStreams_thenOtherRequestsAnswerInTheirUsualTimeAndAfterwardsTheServerRecoversAtOnce()
            throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int u = 0; u < USERS; u++) {
            tokens.add(userToken("user" + u));
        }
        String token = tokens.get(0);
        Latency health = measure(() -> get("/api/health", null));
        Latency ordinary = measure(() -> get("/api/batteries", token));
        int threadsBefore = serverThreads();

        List<RawHttpConnection> streams = new ArrayList<>();
        long opening = System.nanoTime();
        try {
            for (int u = 0; u < USERS; u++) {
                for (int i = 0; i < STREAMS_PER_USER; i++) {
                    streams.add(openEvents(tokens.get(u), ADDRESSES.get(streams.size() % ADDRESSES.size())));
                }
            }
            long openedMillis = (System.nanoTime() - opening) / 1_000_000;
            assertEquals(USERS * STREAMS_PER_USER, server.streams().openStreams());

            Latency healthLoaded = measure(() -> get("/api/health", null));
            Latency ordinaryLoaded = measure(() -> get("/api/batteries", token));
            int threadsLoaded = serverThreads();
            events.publish(userId(token), new JobEvent(JobEvent.LOG, 1, null, clock.instant(), Map.of("line", "x")));

            report("opened " + streams.size() + " streams in " + openedMillis + " ms; server threads " + threadsBefore
                    + " before, " + threadsLoaded + " with the streams");
            report("health   " + health + " -> " + healthLoaded);
            report("ordinary " + ordinary + " -> " + ordinaryLoaded);
            assertTrue(streams.get(0).awaitLine("event: log"), "the streams are live");
            assertTrue(streams.get(STREAMS_PER_USER - 1).awaitLine("event: log"), "every stream of the user");
            healthLoaded.assertWithinUsual(health);
            ordinaryLoaded.assertWithinUsual(ordinary);
            assertTrue(threadsLoaded <= threadsBefore + 16, "no server thread per stream: " + threadsBefore + " -> "
                    + threadsLoaded);
        } finally {
            for (RawHttpConnection stream : streams) {
                stream.close();
            }
        }

        Latency healthAfter = measure(() -> get("/api/health", null));
        Latency ordinaryAfter = measure(() -> get("/api/batteries", token));
        report("after closing: health " + healthAfter + ", ordinary " + ordinaryAfter);
        healthAfter.assertWithinUsual(health);
        ordinaryAfter.assertWithinUsual(ordinary);
        awaitTrue(() -> server.streams().openStreams() == 0, "all closed streams released");
        openEvents(token, ADDRESSES.get(0)).close();
    }

    private static Latency measure(Callable<HttpResponse<String>> request) throws Exception {
        for (int i = 0; i < WARM_UP; i++) {
            assertEquals(200, request.call().statusCode());
        }
        long[] micros = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            long start = System.nanoTime();
            HttpResponse<String> response = request.call();
            micros[i] = (System.nanoTime() - start) / 1000;
            assertEquals(200, response.statusCode(), response.body());
        }
        Arrays.sort(micros);
        return new Latency(micros[SAMPLES / 2], micros[SAMPLES * 9 / 10], micros[SAMPLES - 1]);
    }

    /** Jetty's pool threads and the stream scheduler threads of the server. */
    private static int serverThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("batterylab-rest")).count();
    }

    private static void report(String line) {
        System.out.println("[EventStreamLoadTest] " + line);
    }

    /** Request latency in microseconds. */
    private record Latency(long p50, long p90, long max) {
        /**
         * Generous on purpose (the build machine is shared): within 5× the usual median and 10× the usual p90, or
         * 50 ms, whichever is larger. A server that holds a thread per stream misses it by far: with a thousand
         * streams its pool is exhausted and requests wait for their time-out.
         */
        void assertWithinUsual(Latency usual) {
            long medianBound = Math.max(5 * usual.p50, 50_000);
            long p90Bound = Math.max(10 * usual.p90, 50_000);
            assertTrue(p50 <= medianBound, "median " + p50 + " µs, usual " + usual.p50 + " µs");
            assertTrue(p90 <= p90Bound, "p90 " + p90 + " µs, usual " + usual.p90 + " µs");
        }

        @Override
        public String toString() {
            return String.format("p50 %.2f ms, p90 %.2f ms, max %.2f ms", p50 / 1e3, p90 / 1e3, max / 1e3);
        }
    }
}
