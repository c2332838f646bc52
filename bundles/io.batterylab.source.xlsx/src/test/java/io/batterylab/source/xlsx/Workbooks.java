package io.batterylab.source.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes small test workbooks with POI: each row is given as values, null for an empty cell. */
final class Workbooks {
    private Workbooks() {
    }

    /** @param rows by Excel row number - 1; a null row is left out of the sheet */
    static Path write(Path file, Object[]... rows) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(workbook.createSheet("cycles"), rows);
            workbook.createSheet("notes").createRow(0).createCell(0).setCellValue("not read: only the first sheet is");
            workbook.write(out);
        }
        return file;
    }

    static void fill(Sheet sheet, Object[]... rows) {
        for (int r = 0; r < rows.length; r++) {
            if (rows[r] == null) {
                continue;
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                Object value = rows[r][c];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (value instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (value instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(value.toString());
                }
            }
        }
    }
}
