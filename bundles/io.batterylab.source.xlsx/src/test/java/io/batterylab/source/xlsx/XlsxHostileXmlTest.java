package io.batterylab.source.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XML tricks inside a workbook (external entities, a huge table of texts): refused in plain words. */
class XlsxHostileXmlTest {
    private static final String DOCTYPE_REFUSAL = "the workbook's XML declares a DOCTYPE, which Excel never writes and "
            + "which could smuggle in external entities: refused";

    @TempDir
    Path dir;

    @Test
    void givenAnExternalEntityInTheSheet_whenRead_thenRefusedNamingTheDoctypeWithoutParserInsides() throws IOException {
        Path file = rewrite("xl/worksheets/sheet1.xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE worksheet [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>")
                .replace("<sheetData>", "<sheetData><row r=\"9\"><c r=\"A9\" t=\"inlineStr\"><is><t>&secret;</t></is></c></row>"));

        ImportException e = XlsxLargeSheetTest.read(file, ImportLimits.defaults());

        assertEquals(DOCTYPE_REFUSAL, e.getMessage());
        assertEquals(1, e.report().issues().size());
        assertFalse(e.getMessage().contains("http"), e.getMessage());
    }

    @Test
    void givenAnExternalEntityInThePackagesContentTypes_whenRead_thenTheSameRefusal() throws IOException {
        Path file = rewrite("[Content_Types].xml", xml -> xml.replaceFirst("\\?>",
                "?><!DOCTYPE Types [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"));

        ImportException e = XlsxLargeSheetTest.read(file, ImportLimits.defaults());

        assertEquals(DOCTYPE_REFUSAL, e.getMessage());
    }

    @Test
    void givenAHugeTableOfTexts_whenRead_thenRefusedNamingItBeforeHoldingIt() throws IOException {
        StringBuilder texts = new StringBuilder();
        for (int i = 0; texts.length() <= FirstSheetReader.MAX_SHARED_STRINGS_BYTES; i++) {
            texts.append("<si><t>a text that no battery table needs ").append(i).append("</t></si>");
        }
        Path file = rewrite("xl/sharedStrings.xml", xml -> xml.replace("</sst>", texts + "</sst>"));

        ImportException e = XlsxLargeSheetTest.read(file, ImportLimits.defaults());

        assertEquals("the workbook's table of texts unpacks to more than 16 MiB; a table of battery measurements "
                + "needs far less", e.getMessage());
    }

    /** A small valid workbook with one of its XML parts changed. */
    private Path rewrite(String part, UnaryOperator<String> change) throws IOException {
        Path plain = Workbooks.write(dir.resolve("plain.xlsx"), new Object[] { "battery", "cycle", "rul" },
                new Object[] { "b1", 1, 0 });
        Path changed = dir.resolve("changed.xlsx");
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(plain));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(changed))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                if (entry.getName().equals(part)) {
                    content = change.apply(new String(content, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                    found = true;
                }
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        assertEquals(true, found, part + " is in the workbook");
        return changed;
    }
}
