package io.batterylab.source.table;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedData;
import java.util.Arrays;

/** Feeds comma-separated test lines to a {@link TableImport} as a CSV reader would: line 1 is the header. */
final class Tables {
    private Tables() {
    }

    static ImportedData read(String... lines) throws ImportException {
        return read(TableOptions.defaults(), ImportLimits.defaults(), lines);
    }

    static ImportedData read(TableOptions options, ImportLimits limits, String... lines) throws ImportException {
        TableImport table = new TableImport(HeaderDictionary.generic(), options, limits, TableImport.newLog());
        for (int i = 0; i < lines.length; i++) {
            TableRow row = new TableRow(i + 1, Arrays.asList(lines[i].split(",", -1)));
            if (i == 0) {
                table.header(row);
            } else {
                table.row(row);
            }
        }
        return table.finish();
    }
}
