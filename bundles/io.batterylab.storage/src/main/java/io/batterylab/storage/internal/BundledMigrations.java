package io.batterylab.storage.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

/**
 * Gives Flyway the migration scripts of this bundle from an explicit list. Flyway's own classpath scanning cannot
 * see inside an OSGi bundle, so every script is named here and read with {@link Class#getResourceAsStream}, which
 * works in a bundle and on a plain class path alike.
 */
public final class BundledMigrations implements ResourceProvider {
    /** The folder of the scripts inside the bundle. */
    public static final String FOLDER = "db/migration";

    /** Every migration script, oldest first. Add a new file here when adding it to the folder. */
    public static final List<String> SCRIPTS = List.of("V1__schema.sql", "V2__revoked_tokens.sql", "V3__training.sql",
            "V4__training_recovery.sql", "V6__test_jobs.sql", "V7__exports.sql",
            "V8__monitoring.sql", "V9__monitor_sample_blocks.sql");

    private final List<LoadableResource> resources;

    public BundledMigrations() {
        this(SCRIPTS);
    }

    BundledMigrations(List<String> scripts) {
        this.resources = scripts.stream().map(BundledMigrations::load).toList();
    }

    @Override
    public LoadableResource getResource(String name) {
        return resources.stream().filter(r -> r.getRelativePath().equals(name) || r.getFilename().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return resources.stream()
                .filter(r -> r.getFilename().startsWith(prefix))
                .filter(r -> Arrays.stream(suffixes).anyMatch(r.getFilename()::endsWith))
                .toList();
    }

    private static LoadableResource load(String fileName) {
        String path = FOLDER + "/" + fileName;
        try (InputStream in = BundledMigrations.class.getResourceAsStream("/" + path)) {
            if (in == null) {
                throw new IllegalStateException("Migration script missing from the bundle: " + path);
            }
            return new Script(path, fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read migration script " + path, e);
        }
    }

    /** A script read into memory once: they are small, and Flyway reads each one more than once. */
    private static final class Script extends LoadableResource {
        private final String path;
        private final String fileName;
        private final String text;

        Script(String path, String fileName, String text) {
            this.path = path;
            this.fileName = fileName;
            this.text = text;
        }

        @Override
        public Reader read() {
            return new StringReader(text);
        }

        @Override
        public String getAbsolutePath() {
            return path;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return path;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return path;
        }
    }
}
