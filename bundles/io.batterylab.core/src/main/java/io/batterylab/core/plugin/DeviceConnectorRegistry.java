package io.batterylab.core.plugin;

/** The DeviceConnector plugins present right now; inject this service rather than tracking DeviceConnectors by hand. */
public interface DeviceConnectorRegistry extends PluginRegistry<DeviceConnector> {
}
