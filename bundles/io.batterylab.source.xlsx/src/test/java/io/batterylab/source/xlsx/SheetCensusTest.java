package io.batterylab.source.xlsx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.Test;

class SheetCensusTest {
    @Test
    void givenCellReferences_whenTheColumnIsRead_thenAsPoiReadsIt() {
        for (String reference : new String[] { "A1", "Z7", "AA10", "AZ3", "XFD1048576", "$B$2", "b2" }) {
            assertEquals(new CellReference(reference.toUpperCase()).getCol(), SheetCensus.column(reference), reference);
        }
    }

    @Test
    void givenAColumnBeyondExcelsLast_whenRead_thenCappedAtTheLast() {
        assertEquals(SheetCensus.MAX_COLUMNS - 1, SheetCensus.column("ZZZZZZZZ1"));
    }
}
