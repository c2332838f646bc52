package io.batterylab.source.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Workbooks that are small on disk but unpack to far more: the sheet padded with an XML comment. */
class XlsxUnpackingLimitsTest {
    @TempDir
    Path dir;

    @Test
    void givenASheetUnpackingFortyFold_whenTheLimitIsTheFileSize_thenOurUnpackedLimitRejectsIt() throws IOException {
        Path file = paddedWorkbook(2_000_000, 40);
        long maxBytes = Files.size(file);

        ImportException e = assertThrows(ImportException.class, () -> read(file, maxBytes));

        assertTrue(e.getMessage().startsWith("the workbook unpacks to more than "), e.getMessage());
        assertTrue(e.getMessage().endsWith(", 20 times the import limit"), e.getMessage());
    }

    @Test
    void givenTheSameSheet_whenTheLimitAllowsItsUnpackedSize_thenItIsRead() throws Exception {
        Path file = paddedWorkbook(2_000_000, 40);

        assertEquals(1, new XlsxDataSource().read(Files.newInputStream(file), "ok.xlsx", ImportLimits.defaults())
                .rowCount());
    }

    @Test
    void givenAZipBombSheet_whenRead_thenRefusedByPoisInflationRatioCheckWithAClearMessage() throws IOException {
        Path file = paddedWorkbook(60_000_000, Integer.MAX_VALUE);

        ImportException e = assertThrows(ImportException.class, () -> read(file, ImportLimits.defaults().maxBytes()));

        assertEquals("the workbook unpacks to far more than its packed size (a possible zip bomb): refused",
                e.getMessage());
    }

    private void read(Path file, long maxBytes) throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            new XlsxDataSource().read(in, file.getFileName().toString(), new ImportLimits(maxBytes, 1000));
        }
    }

    /**
     * A one-row workbook whose sheet carries an XML comment of {@code padding} characters: blanks with
     * a random letter after every {@code blanksPerLetter}, which sets how well it compresses.
     */
    private Path paddedWorkbook(int padding, int blanksPerLetter) throws IOException {
        Path plain = Workbooks.write(dir.resolve("plain.xlsx"), new Object[] { "battery", "cycle", "rul" },
                new Object[] { "b1", 1, 0 });
        Path padded = dir.resolve("padded-" + padding + "-" + blanksPerLetter + ".xlsx");
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(padded))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    String xml = new String(content, StandardCharsets.UTF_8);
                    content = xml.replace("<sheetData>", "<sheetData><!--" + filler(padding, blanksPerLetter) + "-->")
                            .getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return padded;
    }

    private static String filler(int length, int blanksPerLetter) {
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            int blanks = Math.min(blanksPerLetter, length - text.length());
            text.repeat(' ', blanks);
            if (text.length() < length) {
                text.append((char) ('a' + random.nextInt(10)));
            }
        }
        return text.toString();
    }

}
