package io.batterylab.registry.internal;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceConnectorRegistry;
import io.batterylab.registry.DynamicRegistry;
import java.util.List;
import java.util.Optional;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every DeviceConnector service as it appears and forgets it when its bundle goes away. */
@Component(service = DeviceConnectorRegistry.class)
public class DeviceConnectorRegistryComponent implements DeviceConnectorRegistry {
    private final DynamicRegistry<DeviceConnector> registry = new DynamicRegistry<>("DeviceConnector");

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDeviceConnector(DeviceConnector plugin) {
        registry.add(plugin);
    }

    void removeDeviceConnector(DeviceConnector plugin) {
        registry.remove(plugin);
    }

    @Override
    public List<DeviceConnector> all() {
        return registry.all();
    }

    @Override
    public Optional<DeviceConnector> find(String id) {
        return registry.find(id);
    }
}
