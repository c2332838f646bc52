package io.batterylab.registry.internal;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.ExporterRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every Exporter service as it appears and forgets it when its bundle goes away. */
@Component(service = ExporterRegistry.class)
public class ExporterRegistryComponent extends RegistryComponent<Exporter> implements ExporterRegistry {
    public ExporterRegistryComponent() {
        super("Exporter");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExporter(Exporter plugin) {
        registry.add(plugin);
    }

    void removeExporter(Exporter plugin) {
        registry.remove(plugin);
    }
}
