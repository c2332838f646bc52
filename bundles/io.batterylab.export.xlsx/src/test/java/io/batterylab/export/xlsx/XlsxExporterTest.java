package io.batterylab.export.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.plugin.Report;
import io.batterylab.test.support.DetailReports;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxExporterTest {

    @Test
    void givenAReport_whenExported_thenSheetsAreMetadataSummaryAndOnePerTableInOrder() throws Exception {
        try (XSSFWorkbook book = export(DetailReports.of(2500))) {
            List<String> names = new ArrayList<>();
            book.forEach(sheet -> names.add(sheet.getSheetName()));
            assertEquals(List.of("Metadata", "Summary", "overall metrics", "per-battery metrics", "details"), names);
            Sheet details = book.getSheet("details");
            assertEquals(2500, details.getLastRowNum(), "a header row and every detail row");
            Row last = details.getRow(2500);
            assertEquals("cell-2", last.getCell(0).getStringCellValue());
            assertEquals(CellType.NUMERIC, last.getCell(1).getCellType());
            assertEquals(499.0, last.getCell(1).getNumericCellValue());
            assertEquals(501.0, last.getCell(2).getNumericCellValue());
            Row metadata = book.getSheet("Metadata").getRow(1);
            assertEquals("title", metadata.getCell(0).getStringCellValue());
        }
    }

    @Test
    void givenEachSheet_whenOpened_thenItsHeaderRowIsBoldAndFrozenAndColumnsAreWiderThanTheirHeaders()
            throws Exception {
        try (XSSFWorkbook book = export(DetailReports.of(50))) {
            for (Sheet sheet : book) {
                var pane = sheet.getPaneInformation();
                assertTrue(pane != null && pane.isFreezePane(), sheet.getSheetName() + " frozen");
                assertEquals(1, pane.getHorizontalSplitPosition(), sheet.getSheetName() + " frozen below row 1");
                Cell head = sheet.getRow(0).getCell(0);
                assertTrue(book.getFontAt(head.getCellStyle().getFontIndex()).getBold(), sheet.getSheetName());
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    int headerChars = sheet.getRow(0).getCell(c).getStringCellValue().length();
                    assertTrue(sheet.getColumnWidth(c) >= (headerChars + 2) * 256, sheet.getSheetName() + " col " + c);
                }
            }
            assertTrue(book.getSheet("Metadata").getColumnWidth(1) >= 40 * 256, "the settings JSON gets room");
        }
    }

    @Test
    void givenTextThatASpreadsheetWouldRun_whenExported_thenItIsAQuotePrefixedTextCellWithItsValueIntact()
            throws Exception {
        try (XSSFWorkbook book = export(DetailReports.of(1001))) {
            Cell battery = book.getSheet("details").getRow(1).getCell(0);
            assertEquals(CellType.STRING, battery.getCellType());
            assertEquals(DetailReports.FORMULA_NAME, battery.getStringCellValue());
            assertTrue(battery.getCellStyle().getQuotePrefixed(), "Excel keeps it text, even when edited");
            Cell note = book.getSheet("Metadata").getRow(5).getCell(1);
            assertTrue(note.getStringCellValue().startsWith("+SUM"));
            assertTrue(note.getCellStyle().getQuotePrefixed());
            Cell plain = book.getSheet("details").getRow(1001).getCell(0);
            assertEquals("cell-1", plain.getStringCellValue());
            assertFalse(plain.getCellStyle().getQuotePrefixed());
            assertEquals(0, countFormulas(book), "no formula cell anywhere");
        }
    }

    @Test
    void givenANaNAndEveryFormulaLead_whenWritten_thenNaNIsEmptyAndEachLeadIsQuotePrefixed() throws Exception {
        List<List<Object>> rows = new ArrayList<>();
        for (String lead : List.of("=", "+", "-", "@", "\t", "\r")) {
            rows.add(java.util.Arrays.asList(lead + "1+1", Double.NaN));
        }
        Report report = new Report("leads", Map.of(), List.of(),
                List.of(Report.Table.of("leads", List.of("text", "number"), rows)), List.of());
        try (XSSFWorkbook book = export(report)) {
            Sheet sheet = book.getSheet("leads");
            for (int r = 1; r <= rows.size(); r++) {
                assertTrue(sheet.getRow(r).getCell(0).getCellStyle().getQuotePrefixed(), "row " + r);
                Cell nan = sheet.getRow(r).getCell(1);
                assertTrue(nan == null || nan.getCellType() == CellType.BLANK, "NaN is an empty cell");
            }
        }
    }

    @Test
    void givenTableNamesExcelRefuses_whenNamed_thenTheyAreValidAndUnique() {
        try (SXSSFWorkbook book = new SXSSFWorkbook()) {
            SheetWriter writer = new SheetWriter(book);
            assertEquals("a_b_c", writer.sheetName("a[b]c"));
            String longName = "per-battery metrics of the test cells of job 12";
            String first = writer.sheetName(longName);
            String second = writer.sheetName(longName);
            assertEquals(31, first.length());
            assertTrue(second.endsWith(" (2)") && second.length() <= 31, second);
            assertEquals("Table", writer.sheetName(" "));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    private static int countFormulas(XSSFWorkbook book) {
        int formulas = 0;
        for (Sheet sheet : book) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    formulas += cell.getCellType() == CellType.FORMULA ? 1 : 0;
                }
            }
        }
        return formulas;
    }

    static XSSFWorkbook export(Report report) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxExporter().export(report, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }
}
