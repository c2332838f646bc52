package io.batterylab.monitor;

import io.batterylab.core.plugin.DeviceStatus;
import java.io.IOException;

/** Sends a status command to a node (the connector's connection). */
@FunctionalInterface
public interface StatusSender {
    void send(String deviceId, DeviceStatus status) throws IOException;
}
