package io.batterylab.plugins;

import java.nio.file.Path;
import java.util.List;

/**
 * What is installed right now: every plugin of every kind (built in and from the plugins folder) and every jar in
 * the plugins folder with its problem, if any.
 *
 * @param folder the watched plugins folder, or null when none is configured (e.g. in a test runtime)
 */
public record PluginInventory(List<InstalledPlugin> plugins, List<FolderBundle> folderBundles, Path folder) {
    public PluginInventory {
        plugins = List.copyOf(plugins);
        folderBundles = List.copyOf(folderBundles);
    }

    public List<InstalledPlugin> of(PluginKind kind) {
        return plugins.stream().filter(p -> p.kind() == kind).toList();
    }

    /** The folder's jars that contribute nothing, each with its reason. */
    public List<FolderBundle> problems() {
        return folderBundles.stream().filter(b -> !b.ok()).toList();
    }
}
