package io.batterylab.ml;

import io.batterylab.core.workspace.WorkspaceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The training threads setting: {@code -Dbatterylab.training.threads}, else {@code training.threads} in the
 * workspace's {@code batterylab.properties} (where the Preferences store it; the workspace as
 * {@link WorkspaceLocation#resolve} finds it), else 2. A value outside
 * 1..{@value #MAX} or not a number is refused with the reason in the log, and 2 is used.
 */
final class TrainingThreads {
    static final String PROPERTY = "batterylab.training.threads";
    static final String FILE_KEY = "training.threads";
    static final int DEFAULT = 2;
    static final int MAX = 64;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(TrainingThreads.class);

    private TrainingThreads() {
    }

    static int configured(Properties system, Map<String, String> environment) {
        String value = system.getProperty(PROPERTY);
        String source = "-D" + PROPERTY;
        if (value == null || value.isBlank()) {
            Path file = WorkspaceLocation.resolve(system, environment).folder().resolve("batterylab.properties");
            value = fileValue(file);
            source = FILE_KEY + " in " + file;
        }
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        try {
            int threads = Integer.parseInt(value.strip());
            if (threads >= 1 && threads <= MAX) {
                return threads;
            }
        } catch (NumberFormatException e) {
            // reported below like an out-of-range number
        }
        LOG.warn("{} = '{}' is not a thread count from 1 to {}; training uses {} threads", source, value, MAX, DEFAULT);
        return DEFAULT;
    }

    private static String fileValue(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.warn("cannot read {} for {}: {}", file, FILE_KEY, e.getMessage());
            return null;
        }
        return properties.getProperty(FILE_KEY);
    }
}
