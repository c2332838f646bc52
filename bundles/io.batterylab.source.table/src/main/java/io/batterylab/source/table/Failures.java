package io.batterylab.source.table;

/** What a parser's exception says for a person. */
public final class Failures {
    private Failures() {
    }

    /**
     * The innermost message of a chain, which names what is actually wrong ("Truncated ZIP file")
     * where the outer ones name only where it was noticed.
     */
    public static String innermostMessage(Throwable thrown) {
        String message = null;
        for (Throwable t = thrown; t != null && t.getCause() != t; t = t.getCause()) {
            message = t.getMessage() != null ? t.getMessage() : message;
        }
        return message != null ? message : thrown.getClass().getSimpleName();
    }
}
