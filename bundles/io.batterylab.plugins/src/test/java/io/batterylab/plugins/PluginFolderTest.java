package io.batterylab.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginFolderTest {
    @TempDir
    Path tmp;

    static Path jar(Path dir, String name, String symbolicName) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (symbolicName != null) {
            manifest.getMainAttributes().putValue("Bundle-SymbolicName", symbolicName);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            return jar;
        }
    }

    @Test
    void givenABundleJarWhenInstalledThenItIsCopiedWholeIntoTheFolderAndRemovedAgain() throws IOException {
        PluginFolder folder = new PluginFolder(tmp.resolve("plugins"));
        Path jar = jar(Files.createDirectories(tmp.resolve("downloads")), "ridge.jar", "com.example.ridge;singleton:=true");

        Path copy = folder.install(jar);

        assertEquals(List.of(copy), folder.jars());
        assertEquals("com.example.ridge", PluginFolder.symbolicName(copy));
        assertEquals("ridge.jar", folder.fileOf(copy.toUri().toString()));
        assertTrue(folder.remove("ridge.jar"));
        assertEquals(List.of(), folder.jars());
        assertFalse(folder.remove("ridge.jar"));
    }

    @Test
    void givenAJarWithoutBundleManifestWhenInstalledThenItIsRefusedAndNothingIsCopied() throws IOException {
        PluginFolder folder = new PluginFolder(tmp.resolve("plugins"));
        Path jar = jar(tmp, "library.jar", null);

        var e = assertThrows(IllegalArgumentException.class, () -> folder.install(jar));

        assertEquals("library.jar is not a plugin: its manifest has no Bundle-SymbolicName", e.getMessage());
        assertEquals(List.of(), folder.jars());
    }

    @Test
    void givenANameOutsideTheFolderWhenRemovedThenItIsRefused() throws IOException {
        PluginFolder folder = new PluginFolder(Files.createDirectories(tmp.resolve("plugins")));
        jar(tmp, "outside.jar", "x");

        assertThrows(IllegalArgumentException.class, () -> folder.remove("../outside.jar"));
        assertTrue(Files.exists(tmp.resolve("outside.jar")));
    }

    @Test
    void givenLocationsElsewhereWhenCheckedThenOnlyJarsDirectlyInTheFolderBelongToIt() {
        PluginFolder folder = new PluginFolder(tmp.resolve("plugins"));

        assertNull(folder.fileOf("reference:file:/opt/batterylab/plugins/x.jar"));
        assertNull(folder.fileOf(tmp.resolve("plugins/sub/x.jar").toUri().toString()));
        assertEquals("x.jar", folder.fileOf(tmp.resolve("plugins/x.jar").toUri().toString()));
    }
}
