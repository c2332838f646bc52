package io.batterylab.storage;

import com.mysql.cj.jdbc.MysqlDataSource;
import io.batterylab.storage.internal.VendorDataSources;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * "Test connection" for a database configuration: one real connection (no pool, no migration) with a short
 * timeout, answering which server responded or why none did.
 */
public final class ConnectionCheck {
    static final int TIMEOUT_SECONDS = 5;

    private ConnectionCheck() {
    }

    /**
     * @return e.g. "MariaDB 11.4.2 at jdbc:mysql://127.0.0.1:3306/batterylab as batterylab"
     * @throws StorageException saying why no connection was made (the password is never part of the message)
     */
    public static String check(StorageConfig config) {
        DataSource source;
        try {
            source = VendorDataSources.create(config);
            if (source instanceof MysqlDataSource mysql) {
                mysql.setConnectTimeout(TIMEOUT_SECONDS * 1000);
                mysql.setSocketTimeout(TIMEOUT_SECONDS * 1000);
            }
        } catch (IllegalArgumentException | SQLException e) {
            throw new StorageException(e.getMessage(), e);
        }
        String where = config.embedded() ? "the embedded database in " + config.databaseDirectory()
                : StorageConfig.redacted(config.dbUrl());
        try (Connection connection = source.getConnection()) {
            if (!connection.isValid(TIMEOUT_SECONDS)) {
                throw new StorageException("The database at " + where + " accepted the connection but does not answer",
                        null);
            }
            DatabaseMetaData meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion() + " at " + where
                    + (config.dbUser() == null ? "" : " as " + config.dbUser());
        } catch (SQLException e) {
            throw new StorageException("Cannot connect to " + where + ": " + e.getMessage(), e);
        }
    }
}
