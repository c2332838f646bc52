package io.batterylab.storage.internal;

import com.mysql.cj.jdbc.MysqlDataSource;
import io.batterylab.storage.StorageConfig;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Builds the driver's own {@link DataSource} for a configuration. Drivers are constructed directly, never looked
 * up through {@code DriverManager} or by class name, because neither works across OSGi bundle class loaders.
 */
public final class VendorDataSources {
    private VendorDataSources() {
    }

    public static DataSource create(StorageConfig config) {
        String url = config.jdbcUrl();
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser(config.dbUser() == null ? "" : config.dbUser());
            h2.setPassword(config.dbPassword() == null ? "" : config.dbPassword());
            return h2;
        }
        if (url.startsWith("jdbc:mysql:")) {
            return mysql(url, config);
        }
        throw new IllegalArgumentException("Unsupported database URL '" + url.replaceAll("[?;].*", "")
                + "': use jdbc:mysql://host:port/database (also for MariaDB) or jdbc:h2:...");
    }

    private static DataSource mysql(String url, StorageConfig config) {
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(url);
        if (config.dbUser() != null) {
            mysql.setUser(config.dbUser());
        }
        if (config.dbPassword() != null) {
            mysql.setPassword(config.dbPassword());
        }
        try {
            // Sends a JDBC batch of cycle rows as multi-row INSERTs: an order of magnitude faster for imports.
            mysql.setRewriteBatchedStatements(true);
            mysql.setCachePrepStmts(true);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot configure the MySQL driver", e);
        }
        return mysql;
    }
}
