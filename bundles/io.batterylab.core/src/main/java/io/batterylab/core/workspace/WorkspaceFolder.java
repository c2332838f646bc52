package io.batterylab.core.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Checks that a folder can serve as the workspace, and makes it ready. */
public final class WorkspaceFolder {
    private WorkspaceFolder() {
    }

    /**
     * Why {@code folder} cannot be the workspace; empty when it can. It must be absolute and either a folder in which
     * a file can be written or creatable: its nearest existing parent is a folder in which a file can be written. The
     * check really writes (and deletes) a probe file there, since permission bits say nothing for root or read-only
     * mounts.
     */
    public static Optional<String> problem(Path folder) {
        if (!folder.isAbsolute()) {
            return Optional.of("Enter an absolute folder (starting with /)");
        }
        Path normal = folder.normalize();
        Path existing = normal;
        while (!Files.exists(existing)) {
            existing = existing.getParent(); // the root of an absolute path exists
        }
        String prefix = existing.equals(normal) ? normal.toString() : normal + " cannot be created: " + existing;
        if (!Files.isDirectory(existing)) {
            return Optional.of(prefix + " is a file, not a folder");
        }
        try {
            probe(existing);
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of(prefix + " is not writable");
        }
    }

    /**
     * Creates the workspace folder if needed and checks that a file can be written in it.
     *
     * @return the folder
     * @throws WorkspaceException naming the folder and what chose it when it cannot be created or written
     */
    public static Path prepare(WorkspaceLocation location) {
        Path folder = location.folder();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + location.describe() + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        try {
            probe(folder);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot write in the workspace folder " + location.describe() + ": "
                    + e.getClass().getSimpleName() + " " + e.getMessage(), e);
        }
        return folder;
    }

    private static void probe(Path folder) throws IOException {
        Files.delete(Files.createTempFile(folder, ".write-check", ".tmp"));
    }
}
