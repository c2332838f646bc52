package io.batterylab.registry.internal;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.ExporterRegistry;
import io.batterylab.registry.DynamicRegistry;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every Exporter service as it appears and forgets it when its bundle goes away. */
@Component(service = ExporterRegistry.class)
public class ExporterRegistryComponent implements ExporterRegistry {
    private final DynamicRegistry<Exporter> registry = new DynamicRegistry<>("Exporter");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(Exporter plugin) {
        registry.add(plugin);
    }

    void removeExporter(Exporter plugin) {
        registry.remove(plugin);
    }

    @Override
    public List<Exporter> all() {
        return registry.all();
    }

    @Override
    public Optional<Exporter> find(String id) {
        return registry.find(id);
    }
}
