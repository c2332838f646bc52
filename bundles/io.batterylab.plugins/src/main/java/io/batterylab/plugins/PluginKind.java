package io.batterylab.plugins;

/** The kinds of plugin a third party can contribute; each has its interface in core and its registry. */
public enum PluginKind {
    ALGORITHM("algorithm", "Algorithm"),
    DATA_SOURCE("data-source", "Data source"),
    EXPORTER("exporter", "Exporter"),
    DETECTOR("detector", "Detector"),
    DEVICE_CONNECTOR("device-connector", "Device connector");

    private final String key;
    private final String label;

    PluginKind(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The name in the REST API, e.g. "data-source". */
    public String key() {
        return key;
    }

    /** The name for people, e.g. "Data source". */
    public String label() {
        return label;
    }
}
