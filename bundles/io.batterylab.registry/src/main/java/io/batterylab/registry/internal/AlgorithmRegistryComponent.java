package io.batterylab.registry.internal;

import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import io.batterylab.registry.DynamicRegistry;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every Algorithm service as it appears and forgets it when its bundle goes away. */
@Component(service = AlgorithmRegistry.class)
public class AlgorithmRegistryComponent implements AlgorithmRegistry {
    private final DynamicRegistry<Algorithm> registry = new DynamicRegistry<>("Algorithm");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAlgorithm(Algorithm plugin) {
        registry.add(plugin);
    }

    void removeAlgorithm(Algorithm plugin) {
        registry.remove(plugin);
    }

    @Override
    public List<Algorithm> all() {
        return registry.all();
    }

    @Override
    public Optional<Algorithm> find(String id) {
        return registry.find(id);
    }
}
