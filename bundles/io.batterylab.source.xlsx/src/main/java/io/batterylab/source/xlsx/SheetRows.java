package io.batterylab.source.xlsx;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.source.table.TableRow;
import io.batterylab.source.table.TableSink;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;

/**
 * Collects the cells POI streams out of a sheet into rows for a {@link TableSink}. Empty cells are
 * not in the sheet's XML, so the gaps are filled with empty text; rows keep the number Excel shows.
 */
final class SheetRows implements SheetContentsHandler {
    /** Carries the sink's rejection through the SAX parser, which only lets unchecked exceptions out. */
    static final class Rejected extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Rejected(ImportException cause) {
            super(cause);
        }

        ImportException rejection() {
            return (ImportException) getCause();
        }
    }

    private final TableSink sink;
    private final List<String> cells = new ArrayList<>();
    private boolean headerSeen;

    SheetRows(TableSink sink) {
        this.sink = sink;
    }

    @Override
    public void startRow(int rowIndex) {
        cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? cells.size() : new CellReference(reference).getCol();
        while (cells.size() < column) {
            cells.add("");
        }
        if (column == cells.size()) {
            cells.add(value == null ? "" : value);
        }
    }

    @Override
    public void endRow(int rowIndex) {
        TableRow row = new TableRow(rowIndex + 1, cells);
        try {
            if (headerSeen) {
                sink.row(row);
            } else if (!row.isBlank()) {
                sink.header(row);
                headerSeen = true;
            }
        } catch (ImportException e) {
            throw new Rejected(e);
        }
    }
}
