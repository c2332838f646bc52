package io.batterylab.source.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxDataSourceTest {
    private static final Object[] HEADER = { "Battery_ID", "cycle", "dq_slope", "ir", "capacity_ah" };

    @TempDir
    Path dir;

    private final XlsxDataSource source = new XlsxDataSource();

    @Test
    void givenAWorkbookWithNumbersTextAndGaps_whenRead_thenValuesArriveAndGapsAreMissing() throws Exception {
        Path file = Workbooks.write(dir.resolve("cells.xlsx"), HEADER,
                new Object[] { "EL150800460514", 2, 0.0101377921632903, 0.016742354, 1.0706892 },
                new Object[] { "EL150800460514", 3, null, 0.016724309, 1.0719005 },
                new Object[] { "EL150800460486", 2, 0.0101176095007010, null, 1.0753012 });

        ImportedData data = read(file, ImportLimits.defaults());

        assertEquals(List.of("EL150800460514", "EL150800460486"),
                data.batteries().stream().map(ImportedBattery::name).toList());
        CycleRecord first = data.batteries().get(0).cycles().get(0);
        assertEquals(2, first.cycle());
        assertEquals(0.0101377921632903, first.features().get(Feature.DQ_SLOPE).getAsDouble());
        assertEquals(1 - 1.0706892 / 1.1, first.pcl(), 1e-15);
        assertTrue(data.batteries().get(0).cycles().get(1).features().get(Feature.DQ_SLOPE).isEmpty());
        assertTrue(data.batteries().get(1).cycles().get(0).features().get(Feature.IR).isEmpty());
    }

    @Test
    void givenNumericBatteryIdsAndCycles_whenRead_thenTheyReadAsExcelShowsThem() throws Exception {
        Path file = Workbooks.write(dir.resolve("numbers.xlsx"), new Object[] { "cell", "cycle", "rul" },
                new Object[] { 7, 1, 1851 }, new Object[] { 7, 2.0, 1850 });

        ImportedBattery seven = read(file, ImportLimits.defaults()).batteries().get(0);

        assertEquals("7", seven.name(), "not 7.0 as POI stores it");
        assertEquals(1852, seven.cycleLife());
    }

    @Test
    void givenACellFormattedWithTwoDecimals_whenRead_thenAllStoredDigitsArrive() throws Exception {
        Path file = dir.resolve("formatted.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Workbooks.fill(workbook.createSheet(), new Object[] { "battery", "cycle", "ir", "rul" },
                    new Object[] { "b1", 1, 0.016742354, 99 });
            CellStyle twoDecimals = workbook.createCellStyle();
            twoDecimals.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
            workbook.getSheetAt(0).getRow(1).getCell(2).setCellStyle(twoDecimals);
            workbook.write(out);
        }

        CycleRecord row = read(file, ImportLimits.defaults()).batteries().get(0).cycles().get(0);

        assertEquals(0.016742354, row.features().get(Feature.IR).getAsDouble(), "not the displayed 0.02");
    }

    @Test
    void givenBadCellsBelowABlankRow_whenRead_thenMessagesUseExcelRowNumbers() throws IOException {
        Path file = Workbooks.write(dir.resolve("bad.xlsx"), HEADER,
                new Object[] { "b1", 1, 0.01, 0.0167, 1.07 },
                null,
                new Object[] { "b1", 2, "abc", 0.0167, 1.07 },
                new Object[] { "b1", -3, 0.01, true, 1.07 },
                new Object[] { "b1", 1, 0.01, 0.0167, 1.06 });

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertEquals(List.of("row 4, column dq_slope: not a number: 'abc'",
                "row 5, column cycle: cycle must not be negative: '-3'",
                "row 5, column ir: not a number: 'TRUE'",
                "row 6, column cycle: cycle 1 of battery 'b1' is already in row 2"),
                e.report().errors().stream().map(ValidationIssue::describe).toList());
    }

    @Test
    void givenWrongColumns_whenRead_thenRejectedNamingTheMissingOnes() throws IOException {
        Path file = Workbooks.write(dir.resolve("wrong.xlsx"), new Object[] { "battery", "cyc", "ir" },
                new Object[] { "b1", 1, 0.0167 });

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertEquals("row 1: missing required columns: cycle (or cycle_number), rul or pcl or qd (or capacity_ah)",
                e.getMessage());
    }

    @Test
    void givenAnEmptySheetOrOnlyAHeader_whenRead_thenRejected() throws IOException {
        Path empty = Workbooks.write(dir.resolve("empty.xlsx"));
        Path header = Workbooks.write(dir.resolve("header.xlsx"), HEADER);

        assertEquals("the file is empty",
                assertThrows(ImportException.class, () -> read(empty, ImportLimits.defaults())).getMessage());
        assertEquals("the file has a header but no data rows",
                assertThrows(ImportException.class, () -> read(header, ImportLimits.defaults())).getMessage());
    }

    @Test
    void givenAWorkbookCutInHalf_whenRead_thenRejectedAsUnreadableNotWithAStackTrace() throws IOException {
        Path whole = Workbooks.write(dir.resolve("whole.xlsx"), HEADER, new Object[] { "b1", 1, 0.01, 0.0167, 1.07 });
        byte[] bytes = Files.readAllBytes(whole);
        Path half = Files.write(dir.resolve("half.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));

        ImportException e = assertThrows(ImportException.class, () -> read(half, ImportLimits.defaults()));

        assertTrue(e.getMessage().startsWith("not a readable XLSX workbook (truncated or damaged?): "), e.getMessage());
        assertEquals(1, e.report().issues().size());
    }

    @Test
    void givenAnEmptyFileOrCsvText_whenRead_thenRejectedAsNotAWorkbook() throws IOException {
        Path zero = Files.write(dir.resolve("zero.xlsx"), new byte[0]);
        Path text = Files.writeString(dir.resolve("text.xlsx"), "battery,cycle,rul\nb1,1,0\n");

        for (Path file : List.of(zero, text)) {
            ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));
            assertTrue(e.getMessage().startsWith("not a readable XLSX workbook"), e.getMessage());
        }
    }

    @Test
    void givenAnOldXlsWorkbook_whenRead_thenToldToSaveAsXlsx() throws IOException {
        byte[] ole2 = new byte[4096]; // an Excel 97-2003 file is an OLE2 compound document: this signature
        byte[] signature = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1 };
        System.arraycopy(signature, 0, ole2, 0, signature.length);
        Path file = Files.write(dir.resolve("old.xlsx"), ole2);

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults()));

        assertEquals("this is an Excel 97-2003 workbook (.xls); save it as .xlsx and upload that", e.getMessage());
    }

    @Test
    void givenAFileLargerThanTheLimit_whenRead_thenRejectedBeforeParsing() throws IOException {
        Path file = Workbooks.write(dir.resolve("cells.xlsx"), HEADER, new Object[] { "b1", 1, 0.01, 0.0167, 1.07 });

        ImportException e = assertThrows(ImportException.class, () -> read(file, new ImportLimits(1024, 100)));

        assertEquals("file is larger than the import limit of 1 KiB", e.getMessage());
    }

    @Test
    void givenAGeneratedTwoHundredMegabyteUpload_whenRead_thenTheSizeLimitStopsTheCopyQuickly() {
        long limit = 20L * 1024 * 1024;
        long[] served = { 0 };
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                return served[0]++ < 200L * 1024 * 1024 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served[0] >= 200L * 1024 * 1024) {
                    return -1;
                }
                int n = (int) Math.min(len, 200L * 1024 * 1024 - served[0]);
                served[0] += n;
                return n;
            }
        };
        long start = System.nanoTime();

        ImportException e = assertThrows(ImportException.class,
                () -> source.read(huge, "huge.xlsx", new ImportLimits(limit, 2_000_000)));

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("XLSX size limit tripped after " + served[0] + " bytes in " + millis + " ms");
        assertEquals("file is larger than the import limit of 20 MiB", e.getMessage());
        assertTrue(served[0] <= limit + 64 * 1024, "read " + served[0]);
    }

    @Test
    void givenMoreRowsThanTheLimit_whenRead_thenRejectedAtTheFirstRowTooMany() throws IOException {
        Path file = Workbooks.write(dir.resolve("rows.xlsx"), HEADER, new Object[] { "b1", 1, 0.01, 0.0167, 1.07 },
                new Object[] { "b1", 2, 0.01, 0.0167, 1.07 }, new Object[] { "b1", 3, 0.01, 0.0167, 1.07 });

        ImportException e = assertThrows(ImportException.class,
                () -> read(file, new ImportLimits(ImportLimits.defaults().maxBytes(), 2)));

        assertEquals("row 4: more than 2 data rows, the import limit", e.getMessage());
    }

    private ImportedData read(Path file, ImportLimits limits) throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return source.read(in, file.getFileName().toString(), limits);
        }
    }
}
