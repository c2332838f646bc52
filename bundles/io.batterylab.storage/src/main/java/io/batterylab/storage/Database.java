package io.batterylab.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.batterylab.storage.internal.SchemaMigrator;
import io.batterylab.storage.internal.VendorDataSources;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The open database: a connection pool whose schema has been brought up to date. Open one per process and close
 * it on shutdown.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int POOL_SIZE = 8;

    private final StorageConfig config;
    private final HikariDataSource pool;

    private Database(StorageConfig config, HikariDataSource pool) {
        this.config = config;
        this.pool = pool;
    }

    /**
     * Creates the workspace directories, connects, and applies pending migrations.
     *
     * @throws StorageException when the database cannot be reached or migrated
     */
    public static Database open(StorageConfig config) {
        createDirectories(config);
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("batterylab");
        hikari.setDataSource(VendorDataSources.create(config));
        hikari.setMaximumPoolSize(POOL_SIZE);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(hikari);
        } catch (RuntimeException e) {
            throw new StorageException("Cannot connect to the database (" + config + "): " + e.getMessage(), e);
        }
        try {
            int applied = SchemaMigrator.migrate(pool);
            LOG.info("Database ready: {} ({} migration(s) applied)", config, applied);
            return new Database(config, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw new StorageException("Cannot migrate the database schema (" + config + "): " + e.getMessage(), e);
        }
    }

    /** The pooled connections; each user of it closes what it borrows. */
    public DataSource dataSource() {
        return pool;
    }

    public StorageConfig config() {
        return config;
    }

    @Override
    public void close() {
        pool.close();
    }

    private static void createDirectories(StorageConfig config) {
        try {
            Files.createDirectories(config.dataDirectory());
            if (config.embedded()) {
                Files.createDirectories(config.databaseDirectory());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the workspace under " + config.home(), e);
        }
    }
}
