package io.batterylab.core.plugin;

/** The DataSource plugins present right now; inject this service rather than tracking DataSources by hand. */
public interface DataSourceRegistry extends PluginRegistry<DataSource> {
    /** The first data source (by display name) that accepts the file name, if any. */
    default java.util.Optional<DataSource> forFile(String fileName) {
        return all().stream().filter(s -> s.accepts(fileName)).findFirst();
    }
}
