package io.batterylab.storage.internal;

import io.batterylab.storage.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Runs work on one connection in one transaction: all of it is committed, or none of it. */
public final class Transactions {
    private Transactions() {
    }

    /** Work on a connection that may throw {@link SQLException}. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * @param what names the operation in the error message, e.g. "store upload"
     * @throws StorageException for a database failure; other runtime exceptions pass through; both roll back
     */
    public static <T> T inTransaction(DataSource dataSource, String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            // The pool restores auto-commit when the connection is returned.
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Work that needs no transaction (a single statement or reads). */
    public static <T> T withConnection(DataSource dataSource, String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new StorageException("Cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }
}
