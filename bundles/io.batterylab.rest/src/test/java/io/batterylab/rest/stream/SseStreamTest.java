package io.batterylab.rest.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.junit.jupiter.api.Test;

class SseStreamTest {
    private static final int BUFFER = 1024;
    private static final String FIRST = ": hi\n\n";

    private final Client client = new Client();
    private final AtomicReference<String> outcome = new AtomicReference<>("open");
    private final Callback done = Callback.from(() -> outcome.set("succeeded"),
            failure -> outcome.set("failed: " + failure.getClass().getSimpleName()));
    private final SseStream stream = new SseStream(client, done, BUFFER, FIRST);

    @Test
    void givenClientTakingEverything_whenFramesSentAndEnded_thenAllWrittenInOrderAndTheResponseCompletes() {
        client.completeWritesAtOnce = true;

        for (int i = 0; i < 100_000; i++) {
            assertTrue(stream.send("data: " + i + "\n\n"));
        }
        stream.end("event: end\n\n");

        String written = client.text.toString();
        assertTrue(written.startsWith(FIRST + "data: 0\n\ndata: 1\n\n"), "the first frame first");
        assertTrue(written.endsWith("data: 99999\n\nevent: end\n\n"), "ends with the last frame");
        assertTrue(client.lastSeen, "the last write is marked last");
        assertEquals("succeeded", outcome.get());
        assertFalse(stream.isOpen());
        assertFalse(stream.send("data: late\n\n"), "nothing is accepted after the end");
    }

    @Test
    void givenClientNotReading_whenMoreThanTheBufferWaits_thenTheStreamIsDroppedWithBoundedMemory() {
        AtomicInteger closeActions = new AtomicInteger();
        stream.whenClosed(closeActions::incrementAndGet);
        String frame = "data: " + "x".repeat(90) + "\n\n";

        int accepted = 0;
        while (stream.send(frame)) {
            accepted++;
            assertTrue(stream.bufferedBytes() <= BUFFER, "never more than the buffer waits");
        }

        assertEquals((BUFFER - FIRST.length()) / frame.length(), accepted);
        assertEquals("failed: StreamOverflowException", outcome.get());
        assertEquals(1, closeActions.get());
        assertFalse(stream.isOpen());
        assertEquals(1, client.writes, "only the first batch reached the client, which never took it");
    }

    @Test
    void givenSlowClient_whenItCatchesUp_thenWaitingFramesGoOutAsOneBatch() {
        stream.send("data: 1\n\n");
        stream.send("data: 2\n\n");
        stream.send("data: 3\n\n");
        assertEquals(1, client.writes);

        client.completePending();

        assertEquals(2, client.writes, "frames 2 and 3 in one write");
        assertEquals(FIRST + "data: 1\n\ndata: 2\n\ndata: 3\n\n", client.text.toString());
        client.completePending();
        assertEquals(0, stream.bufferedBytes(), "nothing waits");
    }

    @Test
    void givenWriteFails_thenTheStreamClosesOnceAndLaterActionsRunAtOnce() {
        AtomicInteger closeActions = new AtomicInteger();
        stream.whenClosed(closeActions::incrementAndGet);
        stream.send("data: 1\n\n");

        client.failPending();
        stream.fail(new IllegalStateException("again"));
        stream.whenClosed(closeActions::incrementAndGet);

        assertEquals(2, closeActions.get());
        assertEquals("failed: IOException", outcome.get(), "the first failure is the one reported");
    }

    /** The client end of the connection: completes writes at once, or holds them until the test says so. */
    private static final class Client implements Content.Sink {
        final StringBuilder text = new StringBuilder();
        final List<Callback> pending = new ArrayList<>();
        boolean completeWritesAtOnce;
        boolean lastSeen;
        int writes;

        @Override
        public void write(boolean last, ByteBuffer byteBuffer, Callback callback) {
            writes++;
            lastSeen |= last;
            text.append(StandardCharsets.UTF_8.decode(byteBuffer));
            if (completeWritesAtOnce) {
                callback.succeeded();
            } else {
                pending.add(callback);
            }
        }

        void completePending() {
            List<Callback> now = List.copyOf(pending);
            pending.clear();
            now.forEach(Callback::succeeded);
        }

        void failPending() {
            List<Callback> now = List.copyOf(pending);
            pending.clear();
            now.forEach(c -> c.failed(new java.io.IOException("connection reset")));
        }
    }
}
