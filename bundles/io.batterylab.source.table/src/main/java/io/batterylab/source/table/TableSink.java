package io.batterylab.source.table;

import io.batterylab.core.plugin.ImportException;

/** Receives the rows of a tabular file in order, the first non-blank row being the header. */
public interface TableSink {
    void header(TableRow header) throws ImportException;

    void row(TableRow row) throws ImportException;
}
