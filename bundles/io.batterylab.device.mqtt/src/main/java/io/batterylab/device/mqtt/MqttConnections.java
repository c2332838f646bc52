package io.batterylab.device.mqtt;

import io.batterylab.core.plugin.DeviceConnector;
import io.batterylab.core.plugin.DeviceStatus;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Several Paho clients of one monitor in one shared-subscription group ({@link MqttSettings#connections}): the broker
 * splits the sensor messages among them, so that each client's receiver and callback threads read and parse their
 * share in parallel. One Paho client delivers every message on its one callback thread with a small in-flight queue,
 * which at thousands of nodes is where a sample waits longest before the monitor sees it. Corrections go out through
 * the first client that is connected. Samples of one node may then arrive through different clients; the node's
 * window puts a sample that overtook an earlier one in its place by timestamp (a late sample gets no verdict of its
 * own, as any late sample).
 */
final class MqttConnections implements DeviceConnector.Connection {
    private final List<MqttConnection> clients;

    private MqttConnections(List<MqttConnection> clients) {
        this.clients = clients;
    }

    /** Opens {@link MqttSettings#connections} clients; closes those opened when one fails. */
    static DeviceConnector.Connection open(MqttSettings settings, DeviceConnector.Listener listener,
            MalformedPayloads malformed) throws IOException {
        if (settings.connections() == 1) {
            return MqttConnection.open(settings, listener, malformed);
        }
        List<MqttConnection> clients = new ArrayList<>();
        try {
            for (int i = 0; i < settings.connections(); i++) {
                clients.add(MqttConnection.open(settings.client(i), listener, malformed));
            }
        } catch (IOException | RuntimeException e) {
            clients.forEach(MqttConnection::close);
            throw e;
        }
        return new MqttConnections(List.copyOf(clients));
    }

    @Override
    public void sendStatus(String deviceId, DeviceStatus status) throws IOException {
        MqttConnection through = clients.stream().filter(MqttConnection::isConnected).findFirst()
                .orElse(clients.getFirst());
        through.sendStatus(deviceId, status);
    }

    /** Connected while any client is: each reconnects by itself, and the others take the group's messages meanwhile. */
    @Override
    public boolean isConnected() {
        return clients.stream().anyMatch(MqttConnection::isConnected);
    }

    @Override
    public void close() {
        clients.forEach(MqttConnection::close);
    }
}
