package io.batterylab.product.acceptance;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** Plugin jars that cannot work, written as an author's mistake would produce them. */
public final class PluginJars {
    private PluginJars() {
    }

    /** A bundle (manifest only) that imports a package; nothing else is needed to fail or pass resolution. */
    public static Path importing(Path jar, String symbolicName, String importPackage) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Bundle-ManifestVersion", "2");
        main.putValue("Bundle-SymbolicName", symbolicName);
        main.putValue("Bundle-Version", "1.0.0");
        main.putValue("Import-Package", importPackage);
        // written beside the folder and moved in, as a copy by a user would arrive whole
        Path part = Files.createTempFile(jar.getParent().getParent(), symbolicName, ".part");
        try (OutputStream out = Files.newOutputStream(part); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole bundle
        }
        return Files.move(part, jar);
    }
}
