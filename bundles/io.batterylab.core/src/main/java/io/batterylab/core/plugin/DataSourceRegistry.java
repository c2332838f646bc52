package io.batterylab.core.plugin;

import io.batterylab.core.plugin.DataSource.Recognition;
import java.util.Comparator;
import java.util.Optional;

/** The DataSource plugins present right now; inject this service rather than tracking DataSources by hand. */
public interface DataSourceRegistry extends PluginRegistry<DataSource> {
    /**
     * The data source with the strongest claim on a file (its own layout seen in the first bytes beats
     * a matching extension); ties go to the first by display name. Empty when none can read it.
     *
     * @param head the file's first {@link DataSource#HEAD_BYTES} bytes or fewer
     */
    default Optional<DataSource> forFile(String fileName, byte[] head) {
        record Claim(DataSource source, Recognition strength) {
        }
        return all().stream().map(s -> new Claim(s, s.recognize(fileName, head)))
                .filter(c -> c.strength() != Recognition.NONE)
                .max(Comparator.comparing(Claim::strength)) // keeps the first on ties
                .map(Claim::source);
    }
}
