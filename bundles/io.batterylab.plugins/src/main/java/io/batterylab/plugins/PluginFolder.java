package io.batterylab.plugins;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The folder the framework watches for plugin jars ({home}/plugins): installing a plugin is copying its jar in,
 * removing it is deleting the jar; the watcher (Felix FileInstall) installs, starts, stops and uninstalls.
 */
public final class PluginFolder {
    private static final String JAR = ".jar";

    private final Path directory;

    public PluginFolder(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /** The jars in the folder, by name. */
    public List<Path> jars() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().endsWith(JAR) && Files.isRegularFile(f)).sorted().toList();
        }
    }

    /**
     * Copies a plugin jar into the folder (replacing one of the same file name, which the watcher then updates).
     * It is written under a temporary name first and moved in whole, so the watcher never sees half a jar.
     *
     * @return the copy in the folder
     * @throws IllegalArgumentException when the file is not a jar with an OSGi bundle manifest
     */
    public Path install(Path jar) throws IOException {
        String name = jar.getFileName().toString();
        if (!name.endsWith(JAR)) {
            throw new IllegalArgumentException(name + " is not a plugin: a plugin is a .jar file");
        }
        String symbolicName = symbolicName(jar);
        if (symbolicName == null) {
            throw new IllegalArgumentException(name + " is not a plugin: its manifest has no Bundle-SymbolicName");
        }
        Files.createDirectories(directory);
        Path part = directory.resolve("." + name + ".part");
        Files.copy(jar, part, StandardCopyOption.REPLACE_EXISTING);
        return Files.move(part, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Deletes a jar from the folder; the watcher stops and uninstalls its bundle.
     *
     * @return false when there was no such jar
     * @throws IllegalArgumentException when the name is not a jar directly in the folder
     */
    public boolean remove(String fileName) throws IOException {
        Path jar = directory.resolve(fileName).normalize();
        if (!jar.getParent().equals(directory) || !fileName.endsWith(JAR)) {
            throw new IllegalArgumentException(fileName + " is not a jar in the plugins folder " + directory);
        }
        return Files.deleteIfExists(jar);
    }

    /** The Bundle-SymbolicName of a jar (without its directives), or null when it is not an OSGi bundle. */
    public static String symbolicName(Path jar) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            var manifest = file.getManifest();
            String value = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-SymbolicName");
            return value == null ? null : value.split(";", 2)[0].trim();
        } catch (java.util.zip.ZipException e) {
            return null;
        }
    }

    /** Whether a bundle location (as the watcher installs it: a file URI) names a jar of this folder. */
    public boolean holds(String location) {
        return fileOf(location) != null;
    }

    /** The jar's file name when the location is a jar in this folder, else null. */
    public String fileOf(String location) {
        if (location == null || !location.startsWith("file:")) {
            return null;
        }
        try {
            Path path = Path.of(java.net.URI.create(location)).toAbsolutePath().normalize();
            return directory.equals(path.getParent()) ? path.getFileName().toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
