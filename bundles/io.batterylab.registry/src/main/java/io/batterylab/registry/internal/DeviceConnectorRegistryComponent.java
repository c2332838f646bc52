package io.batterylab.registry.internal;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceConnectorRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Collects every DeviceConnector service as it appears and forgets it when its bundle goes away. */
@Component(service = DeviceConnectorRegistry.class)
public class DeviceConnectorRegistryComponent extends RegistryComponent<DeviceConnector> implements DeviceConnectorRegistry {
    public DeviceConnectorRegistryComponent() {
        super("DeviceConnector");
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDeviceConnector(DeviceConnector plugin) {
        registry.add(plugin);
    }

    void removeDeviceConnector(DeviceConnector plugin) {
        registry.remove(plugin);
    }
}
