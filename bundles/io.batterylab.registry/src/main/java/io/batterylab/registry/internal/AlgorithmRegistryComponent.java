package io.batterylab.registry.internal;

import io.batterylab.core.training.Algorithm;
import io.batterylab.core.training.AlgorithmRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every Algorithm service as it appears and forgets it when its bundle goes away. */
@Component(service = AlgorithmRegistry.class)
public class AlgorithmRegistryComponent extends RegistryComponent<Algorithm> implements AlgorithmRegistry {
    public AlgorithmRegistryComponent() {
        super("Algorithm");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addAlgorithm(Algorithm plugin) {
        registry.add(plugin);
    }

    void removeAlgorithm(Algorithm plugin) {
        registry.remove(plugin);
    }
}
