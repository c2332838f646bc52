package io.batterylab.source.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sheet with as many rows as Excel allows (1,048,576, written with POI's streaming SXSSF), far past the row limit:
 * refused at the first row too many, quickly and in little memory, because rows are counted before any is kept.
 */
class XlsxLargeSheetTest {
    static final int EXCEL_ROWS = 1_048_576;
    static final int LIMIT = 1_000_000;

    @TempDir
    static Path dir;
    static Path workbook;

    @BeforeAll
    static void writeWorkbook() throws IOException {
        workbook = dir.resolve("million.xlsx");
        long start = System.nanoTime();
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(workbook)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("cycles");
            Row header = sheet.createRow(0);
            String[] names = { "battery", "cycle", "ir", "t_avg", "rul" };
            for (int c = 0; c < names.length; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r < EXCEL_ROWS; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("b" + r / 2000);
                row.createCell(1).setCellValue(r % 2000 + 1);
                row.createCell(2).setCellValue(0.016 + r % 7 * 1e-4);
                row.createCell(3).setCellValue(31.5);
                row.createCell(4).setCellValue(2000 - r % 2000);
            }
            wb.write(out);
            wb.dispose();
        }
        System.out.printf("wrote %,d rows, %,d bytes in %d ms%n", EXCEL_ROWS, Files.size(workbook),
                (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void givenMoreRowsThanTheLimit_whenRead_thenRefusedAtTheFirstRowTooManyWithinSeconds() throws IOException {
        long start = System.nanoTime();

        ImportException e = read(workbook, new ImportLimits(ImportLimits.defaults().maxBytes(), LIMIT));

        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("refused after " + millis + " ms: " + e.getMessage());
        assertEquals("row 1000002: more than 1000000 data rows, the import limit", e.getMessage());
        assertTrue(millis < 60_000, "refused after " + millis + " ms");
    }

    @Test
    void givenMoreCellsThanTheLimit_whenRead_thenRefusedNamingTheCellLimit() throws IOException {
        ImportException e = read(workbook, new ImportLimits(ImportLimits.defaults().maxBytes(), EXCEL_ROWS, 2_000_000));

        assertEquals("row 400001: the sheet spans more than 2,000,000 cells, the import limit", e.getMessage());
    }

    @Test
    void givenASmallHeap_whenTheOverLimitSheetIsRead_thenStillRefusedCleanlyNotOutOfMemory() throws Exception {
        Path output = dir.resolve("forked.txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + RefuseInForkedJvm.HEAP, "-cp", System.getProperty("java.class.path"),
                RefuseInForkedJvm.class.getName(), workbook.toString(), Integer.toString(LIMIT)));
        Process forked = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        assertTrue(forked.waitFor(120, TimeUnit.SECONDS), "the forked JVM finished");
        String out = Files.readString(output, StandardCharsets.UTF_8);
        System.out.println("forked JVM with -Xmx" + RefuseInForkedJvm.HEAP + ": " + out.strip());
        assertEquals(0, forked.exitValue(), out);
        assertTrue(out.contains("refused: row 1000002: more than 1000000 data rows, the import limit"), out);
    }

    static ImportException read(Path file, ImportLimits limits) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new XlsxDataSource().read(in, file.getFileName().toString(), limits);
            throw new AssertionError("accepted");
        } catch (ImportException e) {
            return e;
        }
    }
}
