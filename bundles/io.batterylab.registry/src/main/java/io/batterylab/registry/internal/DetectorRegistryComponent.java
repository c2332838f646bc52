package io.batterylab.registry.internal;

import io.batterylab.core.detection.Detector;
import io.batterylab.core.detection.DetectorRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every Detector service as it appears and forgets it when its bundle goes away. */
@Component(service = DetectorRegistry.class)
public class DetectorRegistryComponent extends RegistryComponent<Detector> implements DetectorRegistry {
    public DetectorRegistryComponent() {
        super("Detector");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDetector(Detector plugin) {
        registry.add(plugin);
    }

    void removeDetector(Detector plugin) {
        registry.remove(plugin);
    }
}
