package io.batterylab.source.summary;

import io.batterylab.core.plugin.ImportException;
import io.batterylab.source.table.IssueLog;
import io.batterylab.source.table.NumberText;
import io.batterylab.source.table.TableRow;
import io.batterylab.source.table.TableSink;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes the two ways Severson's summaries write "not measured" as zero: the first cycle is a row of
 * zeros (imported, its QD of 0 would read as a PCL of 100 %), and IR is 0 ohm in the odd cycle where
 * it was not measured (a cell never has zero resistance). The first is skipped, the second becomes a
 * missing value; both are reported as warnings.
 */
final class SummaryRowCleaner implements TableSink {
    private static final int ROWS_LISTED = 10;

    private final TableSink next;
    private final IssueLog log;
    private final boolean decimalComma;
    private final List<Integer> measured = new ArrayList<>();
    private final List<Integer> rowsWithoutIr = new ArrayList<>();
    private int irColumn = -1;

    SummaryRowCleaner(TableSink next, IssueLog log, boolean decimalComma) {
        this.next = next;
        this.log = log;
        this.decimalComma = decimalComma;
    }

    @Override
    public void header(TableRow header) throws ImportException {
        for (int column = 0; column < header.cells().size(); column++) {
            String name = header.cell(column);
            if (!name.isEmpty() && !name.equalsIgnoreCase("cycle")) {
                measured.add(column); // not the unnamed index, not the cycle number
            }
            if (name.equalsIgnoreCase("IR")) {
                irColumn = column;
            }
        }
        next.header(header);
    }

    @Override
    public void row(TableRow row) throws ImportException {
        if (row.isBlank()) {
            next.row(row);
        } else if (measured.stream().allMatch(column -> isZero(row.cell(column)))) {
            log.warn(row.number(), null, "every measurement is zero (a cycle that was not measured): row skipped");
        } else if (irColumn >= 0 && isZero(row.cell(irColumn))) {
            rowsWithoutIr.add(row.number());
            List<String> cells = new ArrayList<>(row.cells());
            cells.set(irColumn, "");
            next.row(new TableRow(row.number(), cells));
        } else {
            next.row(row);
        }
    }

    /** Reports the rows whose IR was taken as missing; call once all rows are through. */
    void finish() {
        if (!rowsWithoutIr.isEmpty()) {
            List<Integer> listed = rowsWithoutIr.subList(0, Math.min(ROWS_LISTED, rowsWithoutIr.size()));
            log.warn(null, "IR", "IR is 0 ohm (not measured) in " + rowsWithoutIr.size() + " row"
                    + (rowsWithoutIr.size() == 1 ? "" : "s") + ", imported as missing: row"
                    + (listed.size() == 1 ? " " : "s ") + listed.stream().map(String::valueOf)
                            .reduce((a, b) -> a + ", " + b).orElseThrow()
                    + (rowsWithoutIr.size() > listed.size() ? ", ..." : ""));
        }
    }

    private boolean isZero(String cell) {
        try {
            return NumberText.parse(cell, decimalComma) == 0.0;
        } catch (IllegalArgumentException notANumber) {
            return false; // reported by the table import
        }
    }
}
