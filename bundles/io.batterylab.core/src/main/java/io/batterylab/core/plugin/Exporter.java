package io.batterylab.core.plugin;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a {@link Report} in one file format (CSV, XLSX, HTML, ...). */
public interface Exporter extends Plugin {
    /** File name extension without the dot. */
    String fileExtension();

    String mediaType();

    void export(Report report, OutputStream out) throws IOException;
}
