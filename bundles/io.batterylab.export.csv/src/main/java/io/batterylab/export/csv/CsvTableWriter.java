package io.batterylab.export.csv;

import io.batterylab.core.plugin.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes one table as one CSV file to the current zip entry, row by row. */
final class CsvTableWriter {
    private static final char BYTE_ORDER_MARK = '\uFEFF';
    void write(OutputStream entry, List<String> columns, Iterable<List<Object>> rows) throws IOException {
        // Not closed: closing would close the zip; flushed so that the entry is complete before the next one.
        Writer writer = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
        writer.write(BYTE_ORDER_MARK);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
        printer.printRecord(columns.stream().map(CsvTableWriter::text).toList());
        List<String> cells = new ArrayList<>(columns.size());
        for (List<Object> row : rows) {
            cells.clear();
            for (Object cell : row) {
                cells.add(cell(cell));
            }
            printer.printRecord(cells);
        }
        printer.flush();
    }

    /** A number as written: plain digits with a dot, never an exponent Excel might not read, NaN empty. */
    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Number number) {
            return number(number);
        }
        return text(value.toString());
    }

    static String number(Number number) {
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.toString();
        }
        double d = number.doubleValue();
        if (!Double.isFinite(d)) {
            return "";
        }
        return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d)
                : BigDecimal.valueOf(d).toPlainString();
    }

    private static String text(String text) {
        return SpreadsheetText.neutralise(text);
    }
}
