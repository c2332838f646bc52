package io.batterylab.core.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The file in which Preferences keep the chosen workspace folder: {@code $XDG_CONFIG_HOME/batterylab/}{@value #NAME}
 * ({@code ~/.config/batterylab/}{@value #NAME} when {@code XDG_CONFIG_HOME} is unset or not absolute, as the XDG base
 * directory specification says). It lives outside every workspace on purpose: the default workspace need not exist
 * to hold it, and deleting an old workspace does not lose the choice. One line holds the absolute folder; lines
 * starting with {@code #} are comments.
 */
public final class WorkspacePointer {
    public static final String NAME = "workspace.location";
    static final String CONFIG_ENV = "XDG_CONFIG_HOME";

    private WorkspacePointer() {
    }

    public static Path file(Properties system, Map<String, String> environment) {
        String config = environment.get(CONFIG_ENV);
        Path base = config != null && !config.isBlank() && Path.of(config.strip()).isAbsolute()
                ? Path.of(config.strip())
                : Path.of(system.getProperty("user.home"), ".config");
        return base.resolve("batterylab").resolve(NAME);
    }

    /**
     * The folder named in the pointer file; empty when there is no file or it names none.
     *
     * @throws WorkspaceException when it cannot be read or names a relative path
     */
    public static Optional<Path> read(Path pointer) {
        if (!Files.exists(pointer)) {
            return Optional.empty();
        }
        try {
            Optional<String> line = Files.readAllLines(pointer, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).findFirst();
            if (line.isEmpty()) {
                return Optional.empty();
            }
            Path folder = Path.of(line.get());
            if (!folder.isAbsolute()) {
                throw new WorkspaceException("The workspace pointer " + pointer + " names '" + line.get()
                        + "', which is not an absolute folder: fix or delete that file");
            }
            return Optional.of(folder.normalize());
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new WorkspaceException("Cannot read the workspace pointer " + pointer + ": " + e.getMessage(), e);
        }
    }

    /** Writes {@code folder} (absolute) as the workspace of the next start, creating the pointer's folder. */
    public static void write(Path pointer, Path folder) throws IOException {
        if (!folder.isAbsolute()) {
            throw new IllegalArgumentException("The workspace folder must be absolute: " + folder);
        }
        Files.createDirectories(pointer.toAbsolutePath().getParent());
        Files.writeString(pointer, "# The BatteryLab workspace folder, written by Preferences; BATTERYLAB_HOME wins.\n"
                + folder.normalize() + "\n", StandardCharsets.UTF_8);
    }
}
