package io.batterylab.rest.stream;

import java.io.IOException;

/** Why a stream was dropped: its client did not take the events as fast as they came. */
public final class StreamOverflowException extends IOException {
    private static final long serialVersionUID = 1L;

    StreamOverflowException(int bufferBytes) {
        super("the client fell more than " + bufferBytes + " bytes behind the event stream; it was dropped");
    }
}
