package io.batterylab.registry.internal;

import io.batterylab.core.plugin.Plugin;
import io.batterylab.core.plugin.PluginRegistry;
import io.batterylab.registry.DynamicRegistry;
import java.util.List;
import java.util.Optional;

/**
 * What the registry components share; each subclass only declares its DS reference, because
 * DS annotations on bind methods are not inherited.
 */
abstract class RegistryComponent<T extends Plugin> implements PluginRegistry<T> {
    protected final DynamicRegistry<T> registry;

    RegistryComponent(String kind) {
        registry = new DynamicRegistry<>(kind);
    }

    @Override
    public List<T> all() {
        return registry.all();
    }

    @Override
    public Optional<T> find(String id) {
        return registry.find(id);
    }
}
