package io.batterylab.source.summary;

import io.batterylab.core.plugin.DataSource;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.source.csv.CsvTableReader;
import io.batterylab.source.table.IssueLog;
import io.batterylab.source.table.TableImport;
import io.batterylab.source.table.TableOptions;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.osgi.service.component.annotations.Component;

/**
 * Per-cycle summary CSV of one cell (Severson et al.): the battery is named after the file
 * ("b1c0_summary_data.csv" gives "b1c0"); features ir, t_avg and charge_time; PCL = 1 - QD / 1.1 Ah;
 * the unmeasured all-zero first cycle is skipped and an IR of 0 ohm (not measured) becomes missing,
 * both with a warning (see {@link SummaryRowCleaner}).
 *
 * <p>RUL: the file has none. It is derived as last cycle - cycle only when the file reaches end of life
 * (PCL about 20 %); otherwise it is left unknown with a warning. The batch-1 summaries end at PCL of
 * about 7 % because those cells went on cycling in a later batch: deriving there would make every
 * RUL hundreds of cycles too small.
 *
 * <p>Claims a .csv file by content when its header has all summary columns, which a generic table
 * does not, so the generic CSV source never gets those files.
 */
@Component(service = DataSource.class)
public final class SummaryDataSource implements DataSource {

    @Override
    public String id() {
        return "summary";
    }

    @Override
    public String displayName() {
        return "Per-cycle summary CSV (one cell per file)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of("csv");
    }

    @Override
    public Recognition recognize(String fileName, byte[] head) {
        return accepts(fileName) && SummaryLayout.matches(CsvTableReader.headerCells(head)) ? Recognition.BY_CONTENT
                : Recognition.NONE;
    }

    @Override
    public ImportedData read(InputStream in, String fileName, ImportLimits limits) throws ImportException, IOException {
        CsvTableReader reader = CsvTableReader.open(in, limits.maxBytes());
        IssueLog log = TableImport.newLog();
        TableOptions options = TableOptions.defaults().withDecimalComma(reader.delimiter() == ';')
                .withSingleBattery(SummaryLayout.batteryName(fileName));
        TableImport table = new TableImport(SummaryLayout.dictionary(), options, limits, log);
        SummaryRowCleaner cleaner = new SummaryRowCleaner(table, log, options.decimalComma());
        reader.readInto(cleaner);
        cleaner.finish();
        return table.finish();
    }
}
