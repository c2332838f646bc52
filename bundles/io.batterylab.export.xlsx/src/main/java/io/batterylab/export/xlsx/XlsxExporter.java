package io.batterylab.export.xlsx;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.osgi.service.component.annotations.Component;

/**
 * A report as an Excel workbook: sheet "Metadata" (key, value), sheet "Summary" (the headline figures, when there are
 * any), then one sheet per table in report order. Written with POI's streaming SXSSF: only a window of
 * {@value #ROWS_IN_MEMORY} rows per sheet is in memory, the rest goes to a compressed temporary file that is removed
 * at the end, so memory stays flat for 100,000 detail rows. Numbers are stored as numbers (NaN as an empty cell),
 * header rows are bold and frozen, column widths follow the first rows' content.
 */
@Component(service = Exporter.class)
public final class XlsxExporter implements Exporter {
    static final int ROWS_IN_MEMORY = 200;

    @Override
    public String id() {
        return "xlsx";
    }

    @Override
    public String displayName() {
        return "Excel workbook (XLSX)";
    }

    @Override
    public String fileExtension() {
        return "xlsx";
    }

    @Override
    public String mediaType() {
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    }

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        // POI 5 writes Zip64 records on every entry by default, which Java's ZipInputStream and some older
        // spreadsheet programs cannot read; a report is far below 4 GB, so Zip64 only where needed (never, in practice)
        workbook.setZip64Mode(Zip64Mode.AsNeeded);
        try {
            SheetWriter sheets = new SheetWriter(workbook);
            sheets.write("Metadata", List.of("key", "value"), metadataRows(report));
            if (!report.cards().isEmpty()) {
                sheets.write("Summary", List.of("figure", "value", "note"), report.cards().stream()
                        .map(c -> List.<Object>of(c.label(), c.value(), c.note() == null ? "" : c.note())).toList());
            }
            for (Report.Table table : report.tables()) {
                sheets.write(table.name(), table.columns(), table.rows());
            }
            workbook.write(out);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static List<List<Object>> metadataRows(Report report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Arrays.asList("title", report.title()));
        report.metadata().forEach((k, v) -> rows.add(Arrays.asList(k, v)));
        return rows;
    }
}
