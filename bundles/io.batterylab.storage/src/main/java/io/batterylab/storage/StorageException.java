package io.batterylab.storage;

/** The database failed (connection lost, constraint broken, ...); the operation changed nothing. */
public class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
