package io.batterylab.registry.internal;

import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.DataSourceRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every DataSource service as it appears and forgets it when its bundle goes away. */
@Component(service = DataSourceRegistry.class)
public class DataSourceRegistryComponent extends RegistryComponent<DataSource> implements DataSourceRegistry {
    public DataSourceRegistryComponent() {
        super("DataSource");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDataSource(DataSource plugin) {
        registry.add(plugin);
    }

    void removeDataSource(DataSource plugin) {
        registry.remove(plugin);
    }
}
