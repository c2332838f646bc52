package io.batterylab.source.table;

import java.util.List;

/**
 * One row of a tabular file as text cells.
 *
 * @param number the row number a person sees: the line of a CSV file or the row of a spreadsheet,
 *        so the header is row 1 and the first data row is row 2
 * @param cells cell texts in column order; a short row simply has fewer cells
 */
public record TableRow(int number, List<String> cells) {
    public TableRow {
        cells = List.copyOf(cells);
    }

    /** The trimmed text of a cell, empty when the row is shorter than that. */
    public String cell(int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    public boolean isBlank() {
        return cells.stream().allMatch(String::isBlank);
    }
}
