package io.batterylab.registry.internal;

import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import io.batterylab.registry.DynamicRegistry;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every DataSource service as it appears and forgets it when its bundle goes away. */
@Component(service = DataSourceRegistry.class)
public class DataSourceRegistryComponent implements DataSourceRegistry {
    private final DynamicRegistry<DataSource> registry = new DynamicRegistry<>("DataSource");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDataSource(DataSource plugin) {
        registry.add(plugin);
    }

    void removeDataSource(DataSource plugin) {
        registry.remove(plugin);
    }

    @Override
    public List<DataSource> all() {
        return registry.all();
    }

    @Override
    public Optional<DataSource> find(String id) {
        return registry.find(id);
    }
}
