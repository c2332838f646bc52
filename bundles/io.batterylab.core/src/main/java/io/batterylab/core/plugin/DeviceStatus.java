package io.batterylab.core.plugin;

/** The three states a node shows and that the server may send back on the statue topic. */
public enum DeviceStatus {
    NORMAL, WARNING, DANGER
}
