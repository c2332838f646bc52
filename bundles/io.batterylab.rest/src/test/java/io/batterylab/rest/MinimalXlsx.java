package io.batterylab.rest;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the smallest workbook Excel and POI open, streaming its one sheet row by row: battery, cycle, ir and rul
 * columns. The sheet's XML prolog can be replaced, e.g. to put a DOCTYPE where a hostile file would.
 */
final class MinimalXlsx {
    static final String PROLOG = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>";
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

    private MinimalXlsx() {
    }

    static Path write(Path file, int dataRows, String sheetProlog) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out);
                Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8)) {
            part(zip, text, "[Content_Types].xml", PROLOG
                    + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                    + "</Types>");
            part(zip, text, "_rels/.rels", PROLOG + "<Relationships xmlns=\"" + PKG_REL + "\"><Relationship Id=\"rId1\" "
                    + "Type=\"" + REL + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            part(zip, text, "xl/workbook.xml", PROLOG + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + REL + "\"><sheets>"
                    + "<sheet name=\"cycles\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part(zip, text, "xl/_rels/workbook.xml.rels", PROLOG + "<Relationships xmlns=\"" + PKG_REL + "\">"
                    + "<Relationship Id=\"rId1\" Type=\"" + REL + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            text.write(sheetProlog + "<worksheet xmlns=\"" + MAIN + "\"><sheetData>");
            text.write("<row r=\"1\">" + inline("A1", "battery") + inline("B1", "cycle") + inline("C1", "ir")
                    + inline("D1", "rul") + "</row>");
            for (int r = 2; r <= dataRows + 1; r++) {
                text.write("<row r=\"" + r + "\">" + inline("A" + r, "b1") + "<c r=\"B" + r + "\"><v>" + (r - 1)
                        + "</v></c><c r=\"C" + r + "\"><v>0.0167</v></c><c r=\"D" + r + "\"><v>" + (dataRows + 1 - r)
                        + "</v></c></row>");
            }
            text.write("</sheetData></worksheet>");
            text.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static void part(ZipOutputStream zip, Writer text, String name, String xml) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        text.write(xml);
        text.flush();
        zip.closeEntry();
    }

    private static String inline(String ref, String value) {
        return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + value + "</t></is></c>";
    }
}
