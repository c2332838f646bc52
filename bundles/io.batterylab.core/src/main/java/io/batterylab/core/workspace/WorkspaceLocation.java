package io.batterylab.core.workspace;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * Where the workspace folder is and what chose it. The order: the system property {@value #HOME_PROPERTY}, else the
 * environment variable {@value #HOME_ENV} (a blank value counts as unset), else the folder named in the pointer file
 * that Preferences write ({@link WorkspacePointer}), else {@code ~/.batterylab}.
 *
 * @param folder the absolute workspace folder; it may not exist yet ({@link WorkspaceFolder#prepare} creates it)
 * @param source what chose it
 * @param pointerFile the pointer file Preferences write, whether or not it exists or was used
 */
public record WorkspaceLocation(Path folder, Source source, Path pointerFile) {
    public static final String HOME_PROPERTY = "batterylab.home";
    public static final String HOME_ENV = "BATTERYLAB_HOME";
    public static final String DEFAULT_FOLDER_NAME = ".batterylab";

    /** What chose the folder. */
    public enum Source {
        SYSTEM_PROPERTY("-D" + HOME_PROPERTY), ENVIRONMENT(HOME_ENV), POINTER_FILE("the pointer file"),
        DEFAULT("the default");

        private final String label;

        Source(String label) {
            this.label = label;
        }

        /** Set outside BatteryLab (start command or environment): Preferences cannot change it. */
        public boolean explicit() {
            return this == SYSTEM_PROPERTY || this == ENVIRONMENT;
        }

        public String label() {
            return label;
        }
    }

    public WorkspaceLocation {
        folder = folder.toAbsolutePath().normalize();
    }

    /** From this JVM's system properties and environment. */
    public static WorkspaceLocation resolve() {
        return resolve(System.getProperties(), System.getenv());
    }

    /**
     * @throws WorkspaceException when the pointer file exists but cannot be read or names no absolute folder
     */
    public static WorkspaceLocation resolve(Properties system, Map<String, String> environment) {
        Path pointer = WorkspacePointer.file(system, environment);
        String property = system.getProperty(HOME_PROPERTY);
        if (property != null && !property.isBlank()) {
            return new WorkspaceLocation(Path.of(property.strip()), Source.SYSTEM_PROPERTY, pointer);
        }
        String env = environment.get(HOME_ENV);
        if (env != null && !env.isBlank()) {
            return new WorkspaceLocation(Path.of(env.strip()), Source.ENVIRONMENT, pointer);
        }
        return WorkspacePointer.read(pointer)
                .map(folder -> new WorkspaceLocation(folder, Source.POINTER_FILE, pointer))
                .orElseGet(() -> new WorkspaceLocation(defaultFolder(system), Source.DEFAULT, pointer));
    }

    /** {@code ~/.batterylab}. */
    public static Path defaultFolder(Properties system) {
        return Path.of(system.getProperty("user.home"), DEFAULT_FOLDER_NAME);
    }

    /** "/data/lab (from BATTERYLAB_HOME)", for messages. */
    public String describe() {
        return folder + " (from " + (source == Source.POINTER_FILE ? pointerFile.toString() : source.label()) + ")";
    }
}
