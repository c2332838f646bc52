package io.batterylab.source.table;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Turns the rows of a tabular upload (CSV, XLSX, per-cycle summary) into batteries, validating every
 * cell. Batteries come in the order of their first row, their cycles sorted. A file with any error is
 * rejected as a whole: {@link #finish()} then throws and nothing of it is returned.
 *
 * <p>Row numbers in messages are those a person sees, with the header as row 1 (see {@link #ROW_NUMBERING}).
 */
public final class TableImport implements TableSink {
    public static final String ROW_NUMBERING =
            "row numbers are the file's lines as a spreadsheet numbers them: the header is row 1, the first data row row 2";

    private final HeaderDictionary dictionary;
    private final TableOptions options;
    private final ImportLimits limits;
    private final IssueLog log;
    private final Map<String, BatteryRows> batteries = new LinkedHashMap<>();
    private ColumnLayout layout;
    private RowParser parser;
    private int dataRows;

    public TableImport(HeaderDictionary dictionary, TableOptions options, ImportLimits limits, IssueLog log) {
        this.dictionary = dictionary;
        this.options = options;
        this.limits = limits;
        this.log = log;
    }

    /** A log whose messages explain the row numbers of {@link TableImport}. */
    public static IssueLog newLog() {
        return new IssueLog(ROW_NUMBERING);
    }

    @Override
    public void header(TableRow header) throws ImportException {
        layout = dictionary.layout(header, log);
        parser = new RowParser(layout, options, log);
        if (ColumnLayout.present(layout.pcl()) && ColumnLayout.present(layout.capacity())) {
            log.warn(header.number(), layout.name(layout.capacity()), "not used: PCL is taken from column '"
                    + layout.name(layout.pcl()) + "'");
        } else if (ColumnLayout.present(layout.capacity()) && !ColumnLayout.present(layout.nominalCapacity())) {
            log.warn(header.number(), layout.name(layout.capacity()), "PCL derived as 1 - "
                    + layout.name(layout.capacity()) + " / " + options.defaultNominalCapacityAh()
                    + " Ah: the file gives no nominal capacity");
        }
    }

    @Override
    public void row(TableRow row) throws ImportException {
        if (row.isBlank()) {
            return;
        }
        if (++dataRows > limits.maxRows()) {
            throw log.reject(ValidationIssue.error(row.number(), null,
                    "more than " + limits.maxRows() + " data rows, the import limit"));
        }
        ParsedRow parsed = parser.parse(row);
        if (parsed != null) {
            batteries.computeIfAbsent(parsed.battery(), BatteryRows::new).add(parsed, layout, log);
        }
    }

    /** @return the batteries, when the whole file was valid */
    public ImportedData finish() throws ImportException {
        if (layout == null) {
            throw log.reject(ValidationIssue.error(null, null, "the file is empty"));
        }
        if (dataRows == 0) {
            throw log.reject(ValidationIssue.error(null, null, "the file has a header but no data rows"));
        }
        log.rejectIfErrors();
        boolean rulGiven = ColumnLayout.present(layout.rul());
        boolean pclKnown = ColumnLayout.present(layout.pcl()) || ColumnLayout.present(layout.capacity());
        List<ImportedBattery> result = new ArrayList<>();
        int derived = 0;
        for (BatteryRows battery : batteries.values()) {
            OptionalInt cycleLife = rulGiven ? OptionalInt.empty()
                    : RulDerivation.cycleLife(battery.name(), battery.lastCycle(), battery.lastPcl(), log);
            derived += cycleLife.isPresent() ? 1 : 0;
            result.add(battery.toBattery(cycleLife));
        }
        RulDerivation.warnDerived(derived, pclKnown, log);
        return new ImportedData(result, log.report());
    }
}
