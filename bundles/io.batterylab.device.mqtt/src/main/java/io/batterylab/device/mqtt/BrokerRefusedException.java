package io.batterylab.device.mqtt;

import java.io.IOException;

/**
 * The broker answered but refused the connection's credentials (bad user name or password, not authorised): trying
 * again soon will not help until {@code mqtt.user}/{@code mqtt.password} or the broker's password file change.
 */
public class BrokerRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    public BrokerRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
