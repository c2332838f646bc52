package io.batterylab.core.plugin;

/** The Exporter plugins present right now; inject this service rather than tracking Exporters by hand. */
public interface ExporterRegistry extends PluginRegistry<Exporter> {
}
