package io.batterylab.storage.internal;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.ClassProvider;
import org.flywaydb.core.api.Location;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a database schema up to date with the bundled migration scripts. */
public final class SchemaMigrator {
    /**
     * Migrations that need Java (e.g. Unicode normalisation of stored values), ordered by version with the scripts.
     * Given to Flyway as instances: it would load classes by name through its own bundle, which cannot see ours.
     */
    public static final List<JavaMigration> JAVA_MIGRATIONS = List.of(new UserNameKeysMigration());

    private SchemaMigrator() {
    }

    /** @return the number of migrations applied now (0 when the schema was already current) */
    public static int migrate(DataSource dataSource) {
        MigrateResult result = configure(dataSource).load().migrate();
        return result.migrationsExecuted;
    }

    /**
     * Flyway set up so that it never scans for migrations: it gets its class loader from its own bundle, the SQL
     * scripts from {@link BundledMigrations}, the Java migrations from {@link #JAVA_MIGRATIONS}, and no locations.
     * (Flyway still probes its own class loader for Java callbacks in {@code db/callback}; it finds none.) Tests may
     * change the result.
     */
    public static FluentConfiguration configure(DataSource dataSource) {
        ClassProvider<JavaMigration> noScannedJavaMigrations = List::of;
        return Flyway.configure(Flyway.class.getClassLoader())
                .dataSource(dataSource)
                .locations(new Location[0])
                .resourceProvider(new BundledMigrations())
                .javaMigrationClassProvider(noScannedJavaMigrations)
                .javaMigrations(JAVA_MIGRATIONS.toArray(JavaMigration[]::new))
                .failOnMissingLocations(false);
    }
}
