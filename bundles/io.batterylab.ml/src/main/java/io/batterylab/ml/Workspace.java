package io.batterylab.ml;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The workspace folder as this bundle finds it, the same order as the storage loader: {@code -Dbatterylab.home},
 * else {@code BATTERYLAB_HOME}, else {@code ~/.batterylab}; a blank value counts as unset.
 */
final class Workspace {
    private Workspace() {
    }

    static Path home(Properties system, Map<String, String> environment) {
        String home = system.getProperty("batterylab.home");
        if (home == null || home.isBlank()) {
            home = environment.get("BATTERYLAB_HOME");
        }
        return home == null || home.isBlank() ? Path.of(system.getProperty("user.home"), ".batterylab")
                : Path.of(home.strip());
    }
}
