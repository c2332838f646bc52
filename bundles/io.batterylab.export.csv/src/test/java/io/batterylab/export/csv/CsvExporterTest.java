package io.batterylab.export.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.Report;
import io.batterylab.test.support.DetailReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class CsvExporterTest {

    @Test
    void givenAReportWithThreeTables_whenExported_thenTheZipHoldsMetadataCardsAndOneCsvPerTableInOrder() throws Exception {
        Map<String, String> files = export(DetailReports.of(2500));

        assertEquals(List.of("metadata.csv", "cards.csv", "01-overall-metrics.csv", "02-per-battery-metrics.csv",
                "03-details.csv"), List.copyOf(files.keySet()));
        List<CSVRecord> details = parse(files.get("03-details.csv"));
        assertEquals(2501, details.size(), "header and every detail row");
        assertEquals(List.of("battery", "cycle", "y_true", "y_pred", "residual"), details.get(0).toList());
        assertEquals(List.of("cell-2", "499", "501", plain(DetailReportsMath.predicted(2, 499)),
                plain(DetailReportsMath.predicted(2, 499) - 501)), details.get(2500).toList());
    }

    @Test
    void givenTextThatASpreadsheetWouldRun_whenExported_thenItStartsWithAnApostropheAndNumbersStayNumbers()
            throws Exception {
        Map<String, String> files = export(DetailReports.of(10));

        CSVRecord first = parse(files.get("03-details.csv")).get(1);
        assertEquals("'" + DetailReports.FORMULA_NAME, first.get(0));
        assertEquals("0", first.get(1), "an integer is written without a decimal point or apostrophe");
        CSVRecord note = parse(files.get("metadata.csv")).stream().filter(r -> r.get(0).equals("note from user"))
                .findFirst().orElseThrow();
        assertEquals("'+SUM(A1:A2) <script>alert(1)</script>", note.get(1));
        assertEquals("'-1 skipped past the end", parse(files.get("cards.csv")).get(3).get(2));
    }

    @Test
    void givenEveryFormulaLeadCharacter_whenACellIsWritten_thenEachIsNeutralisedAndPlainTextIsNot() {
        for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
            assertEquals("'" + lead + "1+1", CsvTableWriter.cell(lead + "1+1"), "lead " + (int) lead.charAt(0));
        }
        assertEquals("cell 1", CsvTableWriter.cell("cell 1"));
        assertEquals("", CsvTableWriter.cell(Double.NaN));
        assertEquals("", CsvTableWriter.cell(null));
        assertEquals("0.000012", CsvTableWriter.cell(1.2e-5), "no exponent");
        assertEquals("-3", CsvTableWriter.cell(-3.0));
    }

    @Test
    void givenEachFile_whenRead_thenItStartsWithAUtf8ByteOrderMarkForExcel() throws Exception {
        for (String content : export(DetailReports.of(5)).values()) {
            assertEquals('\uFEFF', content.charAt(0));
        }
    }

    @Test
    void givenATableNameWithPathCharacters_whenNamed_thenTheEntryStaysAPlainFileName() {
        assertEquals("04-etc-passwd.csv", CsvExporter.entryName(4, "../../etc/passwd"));
        assertEquals("01-table.csv", CsvExporter.entryName(1, "///"));
        assertEquals("12-runs-metrics.csv", CsvExporter.entryName(12, "Runs × metrics"));
    }

    @Test
    void givenTheExporter_whenAsked_thenItNamesItsFormat() {
        CsvExporter csv = new CsvExporter();
        assertEquals("csv", csv.id());
        assertEquals("csv.zip", csv.fileExtension());
        assertTrue(csv.mediaType().startsWith("application/zip"));
    }

    static Map<String, String> export(Report report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new CsvExporter().export(report, out);
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    static String plain(double d) {
        return java.math.BigDecimal.valueOf(d).toPlainString();
    }

    static List<CSVRecord> parse(String csv) throws IOException {
        return CSVFormat.RFC4180.parse(new StringReader(csv.substring(1))).getRecords();
    }

    /** The generator's numbers, recomputed here so that the test does not read them back from the exporter. */
    static final class DetailReportsMath {
        static double predicted(int battery, int cycle) {
            return (DetailReports.ROWS_PER_BATTERY - cycle) + 25 * Math.sin(cycle / 40.0 + battery);
        }
    }
}
