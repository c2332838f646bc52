package io.batterylab.core.plugin;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;

/**
 * Reads battery cycle data from one kind of file. Implementations are DS components in their own
 * bundles; they must validate completely and throw {@link ImportException} rather than return
 * partial data, so that nothing of a bad file is ever stored.
 */
public interface DataSource extends Plugin {
    /** Lower-case file name extensions without the dot, e.g. "csv". */
    List<String> fileExtensions();

    default boolean accepts(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return fileExtensions().stream().anyMatch(ext -> lower.endsWith("." + ext));
    }

    /**
     * @param in the file's bytes; not closed by the data source
     * @param fileName original name, for messages only
     */
    ImportedData read(InputStream in, String fileName, ImportLimits limits) throws ImportException, IOException;
}
