package io.batterylab.detection.recording;

/** A recording that cannot be used; the message is the reason, for a report next to the file name. */
public class RecordingException extends Exception {
    private static final long serialVersionUID = 1L;

    public RecordingException(String reason) {
        super(reason);
    }

    public RecordingException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
