package io.batterylab.source.csv.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.DataSource.Recognition;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvDataSourceTest {
    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    @TempDir
    Path dir;

    private final CsvDataSource source = new CsvDataSource();

    @Test
    void givenACommaCsvWithByteOrderMark_whenRead_thenEveryValueArrives() throws Exception {
        Path file = write("cells.csv", BOM, """
                battery_id,cycle,dq_slope,ir,qd
                EL150800460514,2,0.0101,0.01674,1.0706892
                EL150800460514,3,0.0102,0.01672,1.0719005
                """);

        ImportedData data = read(file, ImportLimits.defaults());

        ImportedBattery cell = data.batteries().get(0);
        assertEquals("EL150800460514", cell.name(), "the BOM is not part of the first header cell");
        CycleRecord second = cell.cycles().get(1);
        assertEquals(3, second.cycle());
        assertEquals(0.0102, second.features().get(Feature.DQ_SLOPE).getAsDouble());
        assertEquals(1 - 1.0719005 / 1.1, second.pcl(), 1e-15);
        assertTrue(second.features().get(Feature.T_AVG).isEmpty());
    }

    @Test
    void givenASemicolonCsvWithDecimalCommas_whenRead_thenDelimiterAndDecimalsAreUnderstood() throws Exception {
        Path file = write("excel-de.csv", new byte[0], "Battery;Cycle;IR;RUL\r\nb1;1;0,0165;99\r\nb1;2;0,0166;98\r\n");

        ImportedData data = read(file, ImportLimits.defaults());

        assertEquals(List.of(0.0165, 0.0166), data.batteries().get(0).cycles().stream()
                .map(c -> c.features().get(Feature.IR).getAsDouble()).toList());
        assertEquals(100, data.batteries().get(0).cycleLife());
    }

    @Test
    void givenBlankLinesAndAMultiLineCell_whenAValueIsBad_thenTheRowIsItsLineInTheFile() throws IOException {
        Path file = write("lines.csv", new byte[0], """
                battery_id,cycle,ir,rul,comment
                b1,1,0.016,9,"two
                lines"

                b1,2,oops,8,
                """);

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertEquals("row 5, column ir: not a number: 'oops'", e.getMessage());
    }

    @Test
    void givenWrongColumns_whenRead_thenRejectedNamingTheMissingOnes() throws IOException {
        Path file = write("wrong.csv", new byte[0], "id,cyc,ir\nb1,1,0.01\n");

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertEquals("row 1: missing required columns: battery_id (or battery, cell, cell_id, battery_name, barcode),"
                + " cycle (or cycle_number), rul or pcl or qd (or capacity_ah)", e.getMessage());
        assertEquals(List.of("id", "cyc"), e.report().warnings().stream().map(ValidationIssue::column)
                .filter(c -> c != null).toList());
    }

    @Test
    void givenNegativeAndDuplicateCycles_whenRead_thenEachIsReportedWithRowAndColumn() throws IOException {
        Path file = write("cycles.csv", new byte[0], "battery,cycle,pcl\nb1,1,0.01\nb1,-4,0.02\nb1,1,0.03\n");

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertEquals(List.of("row 3, column cycle: cycle must not be negative: '-4'",
                "row 4, column cycle: cycle 1 of battery 'b1' is already in row 2"),
                e.report().errors().stream().map(ValidationIssue::describe).toList());
    }

    @Test
    void givenAnEmptyFileOrOnlyAByteOrderMarkOrOnlyAHeader_whenRead_thenRejected() throws IOException {
        assertEquals("the file is empty", assertThrows(ImportException.class,
                () -> read(write("empty.csv", new byte[0], ""), ImportLimits.defaults())).getMessage());
        assertEquals("the file is empty", assertThrows(ImportException.class,
                () -> read(write("bom.csv", BOM, "\n\n"), ImportLimits.defaults())).getMessage());
        assertEquals("the file has a header but no data rows", assertThrows(ImportException.class,
                () -> read(write("header.csv", BOM, "battery,cycle,rul\n"), ImportLimits.defaults())).getMessage());
    }

    @Test
    void givenAnUnclosedQuote_whenRead_thenRejectedAsUnreadableCsvAtItsLine() throws IOException {
        Path file = write("quote.csv", new byte[0], "battery,cycle,rul\nb1,1,0\n\"b1,2,0\n");

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertTrue(e.getMessage().startsWith("row 3: not readable as CSV: "), e.getMessage());
    }

    @Test
    void givenLatin1Text_whenRead_thenRejectedAsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "battery,cycle,rul\nZelle-\u00e9,1,0\n".getBytes(StandardCharsets.ISO_8859_1));

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertEquals("row 2, column battery: not UTF-8 text: 'Zelle-\uFFFD'; save the file as \"CSV UTF-8\"",
                e.getMessage());
    }

    @Test
    void givenAGeneratedTwoHundredMegabyteStream_whenRead_thenTheSizeLimitStopsItSoonAfterTheLimit() {
        EndlessCsv huge = new EndlessCsv(200L * 1024 * 1024);
        long limit = 20L * 1024 * 1024;
        long start = System.nanoTime();

        ImportException e = assertThrows(ImportException.class,
                () -> source.read(huge, "huge.csv", new ImportLimits(limit, 2_000_000)));

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("CSV size limit tripped after " + huge.bytesServed() + " bytes in " + millis + " ms");
        assertEquals("file is larger than the import limit of 20 MiB", e.getMessage());
        assertTrue(huge.bytesServed() <= limit + 128 * 1024, "read no further than the limit and one buffer");
        assertTrue(millis < 30_000, "took " + millis + " ms");
    }

    @Test
    void givenAnEndlessStreamAndARowLimit_whenRead_thenTheRowLimitStopsIt() {
        ImportException e = assertThrows(ImportException.class,
                () -> source.read(new EndlessCsv(Long.MAX_VALUE), "rows.csv", new ImportLimits(Long.MAX_VALUE, 10_000)));

        assertEquals("row 10002: more than 10000 data rows, the import limit", e.getMessage());
    }

    @Test
    void givenTheCallersStream_whenRead_thenItIsNotClosed() throws Exception {
        boolean[] closed = { false };
        InputStream in = new java.io.ByteArrayInputStream("battery,cycle,rul\nb,1,0\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        source.read(in, "x.csv", ImportLimits.defaults());
        assertEquals(false, closed[0]);
    }

    @Test
    void givenHeaders_whenRecognised_thenATableWithBatteryColumnIsClaimedByContentOthersByNameOnly() {
        byte[] table = "\uFEFFcell;cycle;pcl\n".getBytes(StandardCharsets.UTF_8);
        byte[] summary = ",IR,QC,QD,Tavg,Tmin,Tmax,chargetime,cycle\n0,0.0".getBytes(StandardCharsets.UTF_8);

        assertEquals(Recognition.BY_CONTENT, source.recognize("upload.CSV", table));
        assertEquals(Recognition.BY_NAME, source.recognize("b1c0_summary_data.csv", summary));
        assertEquals(Recognition.NONE, source.recognize("cells.xlsx", table));
    }

    private ImportedData read(Path file, ImportLimits limits) throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return source.read(in, file.getFileName().toString(), limits);
        }
    }

    private Path write(String name, byte[] prefix, String text) throws IOException {
        Path file = dir.resolve(name);
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[prefix.length + body.length];
        System.arraycopy(prefix, 0, all, 0, prefix.length);
        System.arraycopy(body, 0, all, prefix.length, body.length);
        Files.write(file, all);
        return file;
    }
}
