package io.batterylab.core.workspace;

/** The workspace folder cannot be found, created or written; the message names the path and what to do. */
public class WorkspaceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public WorkspaceException(String message) {
        super(message);
    }

    public WorkspaceException(String message, Throwable cause) {
        super(message, cause);
    }
}
