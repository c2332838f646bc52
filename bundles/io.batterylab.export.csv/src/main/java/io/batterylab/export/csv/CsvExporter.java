package io.batterylab.export.csv;

import io.batterylab.core.plugin.Exporter;
import io.batterylab.core.plugin.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.osgi.service.component.annotations.Component;

/**
 * A report as a zip of one CSV file per table ({@code result.csv.zip}). A CSV file holds one table, and a report has
 * several (metadata, headline figures, overall metrics, details ...): one file each is what Excel and
 * {@code pandas.read_csv} open directly, with the header in the first row and nothing to skip. Entries, in order:
 * {@code metadata.csv} (key, value), {@code cards.csv} (label, value, note; only when there are cards), then
 * {@code 01-<table name>.csv}, {@code 02-...} in report order. Charts are not written: their data are in the tables.
 *
 * <p>Each file is UTF-8 with a byte order mark (so Excel does not read it as the local code page), comma separated,
 * CRLF line ends, quoted where needed (RFC 4180). Numbers use a dot and no grouping; NaN is an empty cell. Text that
 * a spreadsheet would run as a formula is neutralised ({@link io.batterylab.core.plugin.SpreadsheetText}). Rows are
 * streamed: memory does not grow with the number of rows.
 */
@Component(service = Exporter.class)
public class CsvExporter implements Exporter {

    @Override
    public String id() {
        return "csv";
    }

    @Override
    public String displayName() {
        return "CSV (zip of one file per table)";
    }

    @Override
    public String fileExtension() {
        return "csv.zip";
    }

    @Override
    public String mediaType() {
        return "application/zip";
    }

    @Override
    public void export(Report report, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        CsvTableWriter writer = new CsvTableWriter();
        writer.write(entry(zip, "metadata.csv"), List.of("key", "value"), metadataRows(report.metadata()));
        if (!report.cards().isEmpty()) {
            writer.write(entry(zip, "cards.csv"), List.of("label", "value", "note"), report.cards().stream()
                    .map(c -> List.<Object>of(c.label(), c.value(), c.note() == null ? "" : c.note())).toList());
        }
        int index = 1;
        for (Report.Table table : report.tables()) {
            writer.write(entry(zip, entryName(index++, table.name())), table.columns(), table.rows());
        }
        zip.finish();
    }

    private static ZipOutputStream entry(ZipOutputStream zip, String name) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        return zip;
    }

    private static List<List<Object>> metadataRows(Map<String, String> metadata) {
        List<List<Object>> rows = new ArrayList<>();
        metadata.forEach((k, v) -> rows.add(Arrays.asList(k, v)));
        return rows;
    }

    /**
     * {@code 03-per-battery-metrics.csv}: the number keeps report order when sorted; the name keeps only lower-case
     * letters, digits and dashes, so a table name from a user cannot make a path inside the zip.
     */
    static String entryName(int index, String tableName) {
        String slug = tableName == null ? "" : tableName.toLowerCase(java.util.Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > 60) {
            slug = slug.substring(0, 60);
        }
        return String.format(java.util.Locale.ROOT, "%02d-%s.csv", index, slug.isEmpty() ? "table" : slug);
    }
}
