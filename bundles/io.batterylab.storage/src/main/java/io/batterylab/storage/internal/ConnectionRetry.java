package io.batterylab.storage.internal;

import io.batterylab.storage.StorageException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Repeats an idempotent database write while the connection to the server is lost (server restarted, network
 * gone), until it succeeds or a time window has passed. The connection pool replaces broken connections; this only
 * waits for that. Only for work that is safe to repeat after a commit whose acknowledgement was lost.
 */
public final class ConnectionRetry {
    private static final Logger LOG = LoggerFactory.getLogger(ConnectionRetry.class);
    private static final long PAUSE_MILLIS = 250;

    private final Duration window;

    public ConnectionRetry(Duration window) {
        this.window = window;
    }

    /** One try of the work; {@code repeat} is true when an earlier try may have been committed unacknowledged. */
    @FunctionalInterface
    public interface Attempt<T> {
        T run(boolean repeat);
    }

    public <T> T call(String what, Attempt<T> work) {
        long deadline = System.nanoTime() + window.toNanos();
        boolean reported = false;
        while (true) {
            try {
                T result = work.run(reported);
                if (reported) {
                    LOG.warn("database connection is back: {} done", what);
                }
                return result;
            } catch (StorageException e) {
                if (!isConnectionLoss(e) || System.nanoTime() - deadline > 0) {
                    throw e;
                }
                if (!reported) {
                    LOG.warn("database connection lost while trying to {}; retrying for up to {} s: {}", what,
                            window.toSeconds(), e.getMessage());
                    reported = true;
                }
                pause();
            }
        }
    }

    /** Whether the failure is the connection's (SQL state class 08 or the JDBC connection exceptions). */
    public static boolean isConnectionLoss(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLTransientConnectionException || e instanceof SQLNonTransientConnectionException
                    || e instanceof SQLRecoverableException) {
                return true;
            }
            if (e instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the database", e);
        }
    }
}
