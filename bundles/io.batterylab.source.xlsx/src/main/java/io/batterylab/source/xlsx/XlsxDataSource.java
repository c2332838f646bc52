package io.batterylab.source.xlsx;

import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.source.table.HeaderDictionary;
import io.batterylab.source.table.TableImport;
import io.batterylab.source.table.TableOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Excel upload: the first sheet, its first non-empty row the header, one row per cycle in the
 * generic table layout ({@link HeaderDictionary#generic()}). Rows in messages are Excel's row numbers.
 */
@Component(service = DataSource.class)
public final class XlsxDataSource implements DataSource {

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String displayName() {
        return "Excel workbook (first sheet, one row per cycle)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("xlsx");
    }

    @Override
    public ImportedData read(InputStream in, String fileName, ImportLimits limits) throws ImportException, IOException {
        TableImport table = new TableImport(HeaderDictionary.generic(), TableOptions.defaults(), limits,
                TableImport.newLog());
        try (UploadCopy copy = UploadCopy.of(in, limits.maxBytes())) {
            FirstSheetReader.read(copy.file(), limits, table);
        }
        return table.finish();
    }
}
