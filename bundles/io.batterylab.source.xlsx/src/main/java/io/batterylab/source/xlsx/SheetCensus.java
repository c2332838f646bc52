package io.batterylab.source.xlsx;

import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import java.util.Locale;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * A first, cheap pass over the sheet's XML that only counts: rows holding cells and the cells the rows span. It stops
 * at the first row past the row or cell limit, so a sheet too large is refused in constant memory, before the second
 * pass turns rows into numbers (which keeps every accepted row until the whole file has been checked).
 *
 * <p>A sheet's XML has {@code <row r="7">} elements with {@code <c r="B7">} cells; both attributes are optional (then
 * the next row or column is meant), which is how POI's reader counts too.
 */
final class SheetCensus extends DefaultHandler {
    /** Excel's last column is XFD, the 16,384th. */
    static final int MAX_COLUMNS = 16_384;
    private final ImportLimits limits;
    private int rowNumber;
    private int rowsWithCells;
    private long cells;
    private int rowWidth;

    SheetCensus(ImportLimits limits) {
        this.limits = limits;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("row".equals(localName)) {
            String r = attributes.getValue("r");
            rowNumber = r == null ? rowNumber + 1 : parseRowNumber(r);
            rowWidth = 0;
        } else if ("c".equals(localName)) {
            String r = attributes.getValue("r");
            int column = r == null ? rowWidth : column(r);
            rowWidth = Math.max(rowWidth, column + 1);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if (!"row".equals(localName) || rowWidth == 0) {
            return;
        }
        // the header is one of the rows: the limit counts data rows
        if (++rowsWithCells > limits.maxRows() + 1) {
            throw refuse("more than " + limits.maxRows() + " data rows, the import limit");
        }
        cells += rowWidth;
        if (cells > limits.maxCells()) {
            throw refuse("the sheet spans more than " + String.format(Locale.ROOT, "%,d", limits.maxCells())
                    + " cells, the import limit");
        }
    }

    private SheetRows.Rejected refuse(String message) {
        return new SheetRows.Rejected(new ImportException(ValidationIssue.error(rowNumber, null, message)));
    }

    /** The 0-based column of a reference such as "AB12" (its letters); cheaper than POI's CellReference per cell. */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char ch = reference.charAt(i);
            if (ch >= 'A' && ch <= 'Z') {
                column = column * 26 + (ch - 'A' + 1);
            } else if (ch >= 'a' && ch <= 'z') {
                column = column * 26 + (ch - 'a' + 1);
            } else if (ch != '$') {
                break;
            }
            if (column > MAX_COLUMNS) {
                return MAX_COLUMNS - 1;
            }
        }
        return Math.max(0, column - 1);
    }

    private int parseRowNumber(String r) {
        try {
            return Integer.parseInt(r.trim());
        } catch (NumberFormatException e) {
            return rowNumber + 1; // POI's reader also goes on with the next row number
        }
    }
}
