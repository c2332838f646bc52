package io.batterylab.rest.stream;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.IteratingCallback;

/**
 * One open Server-Sent Events response, written without a thread of its own: frames are queued and handed to Jetty's
 * non-blocking write a batch at a time; the next batch starts from the completion of the previous write (Jetty's
 * {@link IteratingCallback} turns that into a loop, not a recursion). At most {@code bufferBytes} wait for the client
 * (queued or being written); a client that falls further behind is dropped rather than buffered without bound: it
 * reconnects, and loses only what it could not read anyway.
 */
public final class SseStream {
    private final Content.Sink sink;
    private final Callback done;
    private final int bufferBytes;
    private final Writer writer = new Writer();
    private final ArrayDeque<byte[]> queue = new ArrayDeque<>();
    private final List<Runnable> closeActions = new ArrayList<>();
    private int bufferedBytes;
    private int writingBytes;
    private boolean ending;
    private boolean closed;

    /**
     * @param sink where the bytes go (the Jetty response)
     * @param done completed when the stream ends: succeeded after the last frame, failed when dropped
     * @param firstFrame queued now, written by {@link #start()} or with the first frame sent
     */
    public SseStream(Content.Sink sink, Callback done, int bufferBytes, String firstFrame) {
        this.sink = sink;
        this.done = done;
        this.bufferBytes = bufferBytes;
        byte[] first = firstFrame.getBytes(StandardCharsets.UTF_8);
        queue.add(first);
        bufferedBytes = first.length;
    }

    /** Writes what is queued. */
    public void start() {
        writer.iterate();
    }

    /** Queues a frame; false when the stream has ended, or is dropped now because the client fell too far behind. */
    public boolean send(String frame) {
        return offer(frame, false);
    }

    /** Queues a last frame and ends the stream once it is written (even past the buffer limit: it is short). */
    public void end(String lastFrame) {
        offer(lastFrame, true);
    }

    /** Drops the stream at once (the connection is closed); harmless once it has ended. */
    public void fail(Throwable cause) {
        if (markClosed()) {
            done.failed(cause);
        }
    }

    /** Runs the action when the stream ends or is dropped, or now if it already has. */
    public void whenClosed(Runnable action) {
        synchronized (this) {
            if (!closed) {
                closeActions.add(action);
                return;
            }
        }
        action.run();
    }

    public synchronized boolean isOpen() {
        return !closed;
    }

    /** Bytes waiting for the client: queued or handed to Jetty and not yet written. */
    public synchronized int bufferedBytes() {
        return bufferedBytes;
    }

    private boolean offer(String frame, boolean last) {
        byte[] bytes = frame.getBytes(StandardCharsets.UTF_8);
        synchronized (this) {
            if (closed || ending) {
                return false;
            }
            if (last || bufferedBytes + bytes.length <= bufferBytes) {
                queue.add(bytes);
                bufferedBytes += bytes.length;
                ending = last;
                bytes = null;
            }
        }
        if (bytes != null) {
            fail(new StreamOverflowException(bufferBytes));
            return false;
        }
        writer.iterate();
        return true;
    }

    private boolean markClosed() {
        List<Runnable> actions;
        synchronized (this) {
            if (closed) {
                return false;
            }
            closed = true;
            queue.clear();
            actions = List.copyOf(closeActions);
            closeActions.clear();
        }
        actions.forEach(Runnable::run);
        return true;
    }

    /** Writes whatever is queued as one batch per write; ends after the batch that carries the last frame. */
    private final class Writer extends IteratingCallback {
        private boolean lastWritten;

        @Override
        protected Action process() {
            ByteBuffer batch;
            boolean last;
            synchronized (SseStream.this) {
                if (lastWritten) {
                    return Action.SUCCEEDED;
                }
                if (closed || queue.isEmpty()) {
                    return Action.IDLE;
                }
                batch = ByteBuffer.allocate(queue.stream().mapToInt(frame -> frame.length).sum());
                queue.forEach(batch::put);
                queue.clear();
                batch.flip();
                writingBytes = batch.remaining();
                last = ending;
                lastWritten = last;
            }
            sink.write(last, batch, this);
            return Action.SCHEDULED;
        }

        @Override
        protected void onSuccess() {
            synchronized (SseStream.this) {
                bufferedBytes -= writingBytes;
                writingBytes = 0;
            }
        }

        @Override
        protected void onCompleteSuccess() {
            if (markClosed()) {
                done.succeeded();
            }
        }

        @Override
        protected void onCompleteFailure(Throwable cause) {
            fail(cause);
        }
    }
}
