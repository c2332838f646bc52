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

    /** How many leading bytes of a file {@link #recognize} is shown (fewer when the file is shorter). */
    int HEAD_BYTES = 8192;

    /** How strongly a data source claims a file; the upload uses the source with the strongest claim. */
    enum Recognition {
        /** Cannot read this file. */
        NONE,
        /** The file name fits (e.g. its extension), the content was not checked or is not distinctive. */
        BY_NAME,
        /** The first bytes show this source's own layout (e.g. its exact header). */
        BY_CONTENT
    }

    /**
     * Whether this source can read a file, judged from its name and its first bytes. Several sources
     * may accept one extension (a generic CSV table and a per-cycle summary CSV are both ".csv"); each
     * then claims its own layout {@link Recognition#BY_CONTENT} so that the stronger claim wins, while
     * a generic source still claims the name so that a broken file gets its detailed error report.
     * The default looks at the name only.
     *
     * @param head the file's first {@link #HEAD_BYTES} bytes or fewer
     */
    default Recognition recognize(String fileName, byte[] head) {
        return accepts(fileName) ? Recognition.BY_NAME : Recognition.NONE;
    }

    /**
     * @param in the file's bytes; not closed by the data source
     * @param fileName original name, for messages only
     */
    ImportedData read(InputStream in, String fileName, ImportLimits limits) throws ImportException, IOException;
}
