package io.batterylab.registry;

import io.batterylab.core.plugin.Plugin;
import io.batterylab.core.plugin.PluginRegistry;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Plugins of one kind that come and go at run time (bundles installed, updated, stopped). Reads are
 * far more frequent than changes, hence copy-on-write.
 */
public class DynamicRegistry<T extends Plugin> implements PluginRegistry<T> {
    private static final System.Logger LOG = System.getLogger(DynamicRegistry.class.getName());

    private final String kind;
    private final CopyOnWriteArrayList<T> plugins = new CopyOnWriteArrayList<>();

    public DynamicRegistry(String kind) {
        this.kind = kind;
    }

    /** Adds a plugin; a second plugin with an id already present is ignored with a warning. */
    public void add(T plugin) {
        synchronized (plugins) {
            if (find(plugin.id()).isPresent()) {
                LOG.log(System.Logger.Level.WARNING, "{0} plugin id ''{1}'' is already taken; ignoring {2}", kind,
                        plugin.id(), plugin.getClass().getName());
                return;
            }
            plugins.add(plugin);
        }
        LOG.log(System.Logger.Level.DEBUG, "{0} plugin added: {1}", kind, plugin.id());
    }

    public void remove(T plugin) {
        plugins.remove(plugin);
    }

    @Override
    public List<T> all() {
        return plugins.stream().sorted(Comparator.comparing(Plugin::displayName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    @Override
    public Optional<T> find(String id) {
        return plugins.stream().filter(p -> p.id().equals(id)).findFirst();
    }
}
