package io.batterylab.source.csv.internal;

import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.source.csv.CsvTableReader;
import io.batterylab.source.table.ColumnMeaning;
import io.batterylab.source.table.HeaderDictionary;
import io.batterylab.source.table.TableImport;
import io.batterylab.source.table.TableOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Generic CSV upload: one row per cycle with a battery-id column (see {@link HeaderDictionary#generic()}).
 * It claims a .csv file by content only when the header has a battery-id column, so that a layout
 * without one, such as a per-cycle summary, goes to the source made for it; any other .csv is
 * still claimed by name, so that a broken table gets this source's detailed report.
 */
@Component(service = DataSource.class)
public final class CsvDataSource implements DataSource {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV table (one row per cycle)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    @Override
    public Recognition recognize(String fileName, byte[] head) {
        if (!accepts(fileName)) {
            return Recognition.NONE;
        }
        return HeaderDictionary.generic().hasColumn(CsvTableReader.headerCells(head), ColumnMeaning.BATTERY)
                ? Recognition.BY_CONTENT : Recognition.BY_NAME;
    }

    @Override
    public ImportedData read(InputStream in, String fileName, ImportLimits limits) throws ImportException, IOException {
        CsvTableReader reader = CsvTableReader.open(in, limits.maxBytes());
        TableOptions options = TableOptions.defaults().withDecimalComma(reader.delimiter() == ';');
        TableImport table = new TableImport(HeaderDictionary.generic(), options, limits, TableImport.newLog());
        reader.readInto(table);
        return table.finish();
    }
}
