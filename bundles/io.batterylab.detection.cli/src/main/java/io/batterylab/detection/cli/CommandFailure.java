package io.batterylab.detection.cli;

/** The command line was right but the work cannot be done (no usable recordings, a refused model...). */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;

    CommandFailure(String message) {
        super(message);
    }

    CommandFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
