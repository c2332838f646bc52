package io.batterylab.source.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableImportTest {

    @Test
    void givenTwoInterleavedBatteries_whenRead_thenBatteriesInFirstAppearanceOrderWithCyclesSorted() throws Exception {
        ImportedData data = Tables.read("battery_id,cycle,ir,t_avg,rul,pcl",
                "b2,2,0.0170,31.5,98,0.010",
                "b1,1,0.0160,30.0,500,0.001",
                "b2,1,0.0169,31.4,99,0.005");

        assertEquals(List.of("b2", "b1"), data.batteries().stream().map(ImportedBattery::name).toList());
        ImportedBattery b2 = data.batteries().get(0);
        assertEquals(List.of(1, 2), b2.cycles().stream().map(CycleRecord::cycle).toList());
        CycleRecord first = b2.cycles().get(0);
        assertEquals(0.0169, first.features().get(Feature.IR).getAsDouble());
        assertEquals(31.4, first.features().get(Feature.T_AVG).getAsDouble());
        assertEquals(99.0, first.rul());
        assertEquals(0.005, first.pcl());
        assertEquals(100, b2.cycleLife(), "cycle + RUL agree on every row");
        assertEquals(3, data.rowCount());
        assertFalse(data.report().hasErrors());
    }

    @Test
    void givenFeaturesNotInFile_whenRead_thenTheyAreMissingNotZero() throws Exception {
        ImportedData data = Tables.read("battery_id,cycle,ir,rul", "b1,1,,10", "b1,2,0.02,9");

        CycleRecord first = data.batteries().get(0).cycles().get(0);
        assertTrue(first.features().get(Feature.IR).isEmpty(), "an empty cell is a missing value");
        assertTrue(first.features().get(Feature.DQ_SLOPE).isEmpty(), "a feature without column is missing");
        assertTrue(Double.isNaN(first.pcl()), "no PCL or capacity column: PCL unknown");
        assertEquals(0.02, data.batteries().get(0).cycles().get(1).features().get(Feature.IR).getAsDouble());
    }

    @Test
    void givenCapacityWithoutNominal_whenRead_thenPclIsOneMinusQdOver1point1AndAWarningSaysSo() throws Exception {
        ImportedData data = Tables.read("cell,cycle,qd,rul", "c1,1,1.045,1", "c1,2,0.88,0");

        ImportedBattery cell = data.batteries().get(0);
        assertEquals(0.05, cell.cycles().get(0).pcl(), 1e-12); // 1 - 1.045 / 1.1
        assertEquals(0.20, cell.cycles().get(1).pcl(), 1e-12); // 1 - 0.88 / 1.1
        assertEquals(1.1, cell.nominalCapacityAh());
        assertTrue(data.report().warnings().stream().anyMatch(w -> w.message().contains("1 - qd / 1.1 Ah")));
    }

    @Test
    void givenACapacityFarAboveNominal_whenRead_thenKeptAsMeasuredButWarned() throws Exception {
        ImportedData data = Tables.read("cell,cycle,qd,rul", "c1,12,1.5390544,9");

        assertEquals(1 - 1.5390544 / 1.1, data.batteries().get(0).cycles().get(0).pcl(), 1e-15);
        assertTrue(describe(data.report().warnings()).contains(
                "row 2, column qd: capacity 1.5390544 Ah is far above the nominal 1.1 Ah: a measurement glitch?"));
    }

    @Test
    void givenNominalCapacityColumn_whenRead_thenPclUsesIt() throws Exception {
        ImportedData data = Tables.read("battery,cycle,capacity_ah,nominal_capacity_ah,rul", "x,5,2.0,2.5,0");

        assertEquals(0.2, data.batteries().get(0).cycles().get(0).pcl(), 1e-12);
        assertEquals(2.5, data.batteries().get(0).nominalCapacityAh());
    }

    @Test
    void givenNominalCapacityChangingWithinABattery_whenRead_thenRejectedNamingTheRow() {
        ImportException e = assertThrows(ImportException.class, () -> Tables.read(
                "battery,cycle,qd,nominal_capacity_ah,rul", "x,1,2.0,2.5,1", "x,2,2.0,2.4,0"));
        assertEquals("row 3, column nominal_capacity_ah: nominal capacity 2.4 Ah differs from 2.5 Ah in row 2"
                + " of the same battery", e.getMessage());
    }

    @Test
    void givenNoRulColumnAndCapacityAtEndOfLife_whenRead_thenRulIsLastCycleMinusCycleWithAWarning() throws Exception {
        ImportedData data = Tables.read("battery_id,cycle,pcl", "b1,1,0.01", "b1,2,0.10", "b1,3,0.199");

        ImportedBattery b1 = data.batteries().get(0);
        assertEquals(List.of(2.0, 1.0, 0.0), b1.cycles().stream().map(CycleRecord::rul).toList());
        assertEquals(3, b1.cycleLife());
        assertTrue(data.report().warnings().stream()
                .anyMatch(w -> w.message().startsWith("RUL derived as last cycle - cycle for 1 battery")));
    }

    @Test
    void givenNoRulColumnAndDataStoppingBeforeEndOfLife_whenRead_thenRulStaysUnknown() throws Exception {
        ImportedData data = Tables.read("battery_id,cycle,pcl", "b1,1,0.01", "b1,2,0.067");

        ImportedBattery b1 = data.batteries().get(0);
        assertTrue(b1.cycles().stream().allMatch(c -> Double.isNaN(c.rul())));
        assertNull(b1.cycleLife());
        assertTrue(data.report().warnings().stream().anyMatch(w -> w.message().equals(
                "battery 'b1': no RUL given and the data end at cycle 2 with PCL 6.7 %, before end of life"
                        + " (PCL 20 %), so its RUL is left unknown")));
    }

    @Test
    void givenANonNumericCell_whenRead_thenRejectedNamingRowAndColumn() {
        ImportException e = assertThrows(ImportException.class,
                () -> Tables.read("battery_id,cycle,ir,rul", "b1,1,0.016,9", "b1,2,abc,8"));

        assertEquals("row 3, column ir: not a number: 'abc'", e.getMessage());
        assertTrue(e.report().warnings().stream().anyMatch(w -> w.message().equals(TableImport.ROW_NUMBERING)));
    }

    @Test
    void givenNaNOrInfinity_whenRead_thenEachIsAnError() {
        ImportException e = assertThrows(ImportException.class,
                () -> Tables.read("battery_id,cycle,ir,t_avg,rul", "b1,1,NaN,-Infinity,9"));

        assertEquals(List.of("row 2, column ir: not a finite number: 'NaN'",
                "row 2, column t_avg: not a finite number: '-Infinity'"), describe(e.report().errors()));
    }

    @Test
    void givenBadCycles_whenRead_thenNegativeFractionalAndEmptyCyclesAreErrors() {
        ImportException e = assertThrows(ImportException.class, () -> Tables.read("battery_id,cycle,rul",
                "b1,-1,9", "b1,2.5,8", "b1,,7", "b1,3.0,6"));

        assertEquals(List.of("row 2, column cycle: cycle must not be negative: '-1'",
                "row 3, column cycle: cycle must be a whole number: '2.5'",
                "row 4, column cycle: cycle is empty"), describe(e.report().errors()));
    }

    @Test
    void givenACycleTwiceForOneBattery_whenRead_thenRejectedNamingBothRows() {
        ImportException e = assertThrows(ImportException.class, () -> Tables.read("battery_id,cycle,rul",
                "b1,1,9", "b2,1,9", "b1,2,8", "b1,1,7"));

        assertEquals("row 5, column cycle: cycle 1 of battery 'b1' is already in row 2", e.getMessage());
    }

    @Test
    void givenNegativeRulOrNonPositiveCapacity_whenRead_thenErrors() {
        ImportException e = assertThrows(ImportException.class, () -> Tables.read("battery_id,cycle,rul,qd",
                "b1,1,-3,1.0", "b1,2,2,0"));

        assertEquals(List.of("row 2, column rul: RUL must not be negative: '-3'",
                "row 3, column qd: capacity must be positive: '0'"), describe(e.report().errors()));
    }

    @Test
    void givenMissingRequiredColumns_whenRead_thenOneErrorNamesThemAll() {
        ImportException e = assertThrows(ImportException.class, () -> Tables.read("name,ir", "b1,0.01"));

        assertEquals("row 1: missing required columns: battery_id (or battery, cell, cell_id, battery_name, barcode),"
                + " cycle (or cycle_number), rul or pcl or qd (or capacity_ah)", e.getMessage());
        assertTrue(e.report().warnings().stream().anyMatch(w -> "name".equals(w.column())
                && w.message().equals("unknown column, ignored")));
    }

    @Test
    void givenHeaderInOtherCaseAndSpacing_whenRead_thenColumnsAreRecognised() throws Exception {
        ImportedData data = Tables.read("Battery ID, CYCLE ,Charge-Time,RUL,comment", "b1,4,13.4,100,first");

        CycleRecord row = data.batteries().get(0).cycles().get(0);
        assertEquals(4, row.cycle());
        assertEquals(13.4, row.features().get(Feature.CHARGE_TIME).getAsDouble());
        assertEquals(List.of("row 1, column comment: unknown column, ignored"),
                describe(data.report().warnings().stream().filter(w -> w.row() != null).toList()));
    }

    @Test
    void givenTwoColumnsMeaningTheBattery_whenRead_thenRejected() {
        ImportException e = assertThrows(ImportException.class,
                () -> Tables.read("battery,cell,cycle,rul", "b1,c1,1,0"));
        assertEquals("row 1, column cell: means the same as column 'battery'; keep only one of them", e.getMessage());
    }

    @Test
    void givenAValueBeyondTheHeader_whenRead_thenRejected() {
        ImportException e = assertThrows(ImportException.class,
                () -> Tables.read("battery,cycle,rul", "b1,1,0,oops"));
        assertEquals("row 2, column #4: value beyond the last column of the header: 'oops'", e.getMessage());
    }

    @Test
    void givenEmptyOrHeaderOnlyInput_whenFinished_thenRejected() {
        assertEquals("the file is empty", assertThrows(ImportException.class, Tables::read).getMessage());
        assertEquals("the file has a header but no data rows",
                assertThrows(ImportException.class, () -> Tables.read("battery,cycle,rul", ",,")).getMessage());
    }

    @Test
    void givenHundredBadRows_whenRead_thenStopsAfterFiftyErrorsWithoutPartialData() {
        String[] lines = new String[101];
        lines[0] = "battery_id,cycle,rul";
        for (int i = 1; i <= 100; i++) {
            lines[i] = "b1,x" + i + "," + i;
        }
        ImportException e = assertThrows(ImportException.class, () -> Tables.read(lines));

        List<ValidationIssue> errors = e.report().errors();
        assertEquals(IssueLog.MAX_ERRORS + 1, errors.size());
        assertEquals("row 51, column cycle: not a number: 'x50'", errors.get(49).describe());
        assertEquals("stopped after 50 errors; fix these and upload the file again", errors.get(50).describe());
        assertEquals("row 2, column cycle: not a number: 'x1' (and 50 more problems)", e.getMessage());
    }

    @Test
    void givenMoreRowsThanTheLimit_whenRead_thenRejectedAtTheFirstRowTooMany() {
        ImportException e = assertThrows(ImportException.class, () -> Tables.read(TableOptions.defaults(),
                new ImportLimits(1_000, 2), "battery,cycle,rul", "b,1,2", "b,2,1", "b,3,0"));
        assertEquals("row 4: more than 2 data rows, the import limit", e.getMessage());
    }

    @Test
    void givenDecimalCommaOption_whenRead_thenCommaIsTheDecimalSeparator() throws Exception {
        TableImport table = new TableImport(HeaderDictionary.generic(), TableOptions.defaults().withDecimalComma(true),
                ImportLimits.defaults(), TableImport.newLog());
        table.header(new TableRow(1, List.of("battery", "cycle", "ir", "rul")));
        table.row(new TableRow(2, List.of("b", "1", "0,0165", "0")));

        assertEquals(0.0165, table.finish().batteries().get(0).cycles().get(0).features().get(Feature.IR).getAsDouble());
    }

    @Test
    void givenASingleBatteryOption_whenRead_thenNoBatteryColumnIsNeededAndAllRowsBelongToIt() throws Exception {
        HeaderDictionary cycleAndRul = new HeaderDictionary(
                java.util.Map.of("cycle", ColumnMeaning.CYCLE, "rul", ColumnMeaning.RUL),
                List.of(List.of(ColumnMeaning.CYCLE)));
        TableImport table = new TableImport(cycleAndRul, TableOptions.defaults().withSingleBattery("b1c0"),
                ImportLimits.defaults(), TableImport.newLog());
        table.header(new TableRow(1, List.of("cycle", "rul")));
        table.row(new TableRow(2, List.of("1", "7")));

        assertEquals("b1c0", table.finish().batteries().get(0).name());
    }

    static List<String> describe(List<ValidationIssue> issues) {
        return issues.stream().map(ValidationIssue::describe).toList();
    }
}
