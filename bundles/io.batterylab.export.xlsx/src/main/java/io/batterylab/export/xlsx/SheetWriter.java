package io.batterylab.export.xlsx;

import io.batterylab.core.plugin.SpreadsheetText;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** Writes tables as sheets of one streaming workbook: bold frozen header, typed cells, widths from the first rows. */
final class SheetWriter {
    /** Excel refuses longer text in a cell. */
    static final int MAX_CELL_TEXT = 32_767;
    /** Excel's limit, header included. */
    static final int MAX_ROWS = 1_048_576;
    private static final int ROWS_MEASURED = 500;
    private static final int MIN_WIDTH_CHARS = 8;
    private static final int MAX_WIDTH_CHARS = 60;

    private final SXSSFWorkbook workbook;
    private final CellStyle header;
    private final CellStyle quoted;
    private final Set<String> sheetNames = new HashSet<>();

    SheetWriter(SXSSFWorkbook workbook) {
        this.workbook = workbook;
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
    }

    void write(String name, List<String> columns, Iterable<List<Object>> rows) {
        SXSSFSheet sheet = workbook.createSheet(sheetName(name));
        int[] widths = new int[columns.size()];
        Row head = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(text(columns.get(c)));
            cell.setCellStyle(header);
            widths[c] = columns.get(c).length();
        }
        sheet.createFreezePane(0, 1);
        int r = 1;
        for (List<Object> values : rows) {
            if (r == MAX_ROWS) {
                throw new IllegalArgumentException("table '" + name + "' has more rows than an Excel sheet holds ("
                        + (MAX_ROWS - 1) + ")");
            }
            Row row = sheet.createRow(r);
            for (int c = 0; c < values.size(); c++) {
                int length = set(row.createCell(c), values.get(c));
                if (r <= ROWS_MEASURED && c < widths.length) {
                    widths[c] = Math.max(widths[c], length);
                }
            }
            r++;
        }
        for (int c = 0; c < widths.length; c++) {
            int chars = Math.min(MAX_WIDTH_CHARS, Math.max(MIN_WIDTH_CHARS, widths[c] + 2));
            sheet.setColumnWidth(c, chars * 256);
        }
    }

    /** Sets the cell; returns about how many characters it shows, for the column width. */
    private int set(Cell cell, Object value) {
        if (value instanceof Number number) {
            double d = number.doubleValue();
            if (Double.isFinite(d)) {
                cell.setCellValue(d);
                return Math.min(12, String.valueOf(d).length());
            }
            return 0;
        }
        if (value == null) {
            return 0;
        }
        String text = text(value.toString());
        cell.setCellValue(text);
        if (SpreadsheetText.runsAsFormula(text)) {
            cell.setCellStyle(quoted);
        }
        return text.length();
    }

    /**
     * The text as it is, cut to Excel's limit. Text a spreadsheet would run is stored as a string cell with Excel's
     * own "quote prefix" (the apostrophe a user types before {@code =}): shown as typed, kept text even when the
     * cell is edited, and unlike a literal apostrophe it does not change the value a program reads.
     */
    private static String text(String value) {
        return value.length() > MAX_CELL_TEXT ? value.substring(0, MAX_CELL_TEXT - 1) + "\u2026" : value;
    }

    /**
     * A valid, unique sheet name: Excel allows 31 characters and none of {@code []:*?/\}; two tables whose names
     * differ only past that (or only in case) get a number.
     */
    String sheetName(String name) {
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Table" : name, '_');
        String candidate = base;
        for (int n = 2; !sheetNames.add(candidate.toLowerCase(Locale.ROOT)); n++) {
            String suffix = " (" + n + ")";
            candidate = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return candidate;
    }
}
