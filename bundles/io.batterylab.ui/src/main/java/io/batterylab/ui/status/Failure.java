package io.batterylab.ui.status;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Instant;

/**
 * One thing that went wrong, as the user is told it.
 *
 * @param what the action that failed, e.g. "Loading the analysis"
 * @param message why, from the cause chain, e.g. "database is closed (IllegalStateException)"
 * @param details the stack trace, for the Error Log's details
 */
public record Failure(Instant at, String what, String message, String details) {

    public static Failure of(String what, Throwable error) {
        StringWriter trace = new StringWriter();
        error.printStackTrace(new PrintWriter(trace));
        return new Failure(Instant.now(), what, reason(error), trace.toString());
    }

    /** The innermost cause's message and type: that is what names the real problem. */
    static String reason(Throwable error) {
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null || root.getMessage().isBlank() ? "no message" : root.getMessage();
        return message + " (" + root.getClass().getSimpleName() + ")";
    }

    /** "Loading the analysis failed: database is closed (IllegalStateException)". */
    public String summary() {
        return what + " failed: " + message;
    }
}
