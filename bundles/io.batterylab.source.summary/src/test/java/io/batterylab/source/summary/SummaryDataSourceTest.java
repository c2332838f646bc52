package io.batterylab.source.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.ValidationIssue;
import io.batterylab.core.plugin.DataSource.Recognition;
import io.batterylab.core.plugin.ImportException;
import io.batterylab.core.plugin.ImportLimits;
import io.batterylab.core.plugin.ImportedBattery;
import io.batterylab.core.plugin.ImportedData;
import io.batterylab.test.support.SharedData;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SummaryDataSourceTest {
    private static final String HEADER = ",IR,QC,QD,Tavg,Tmin,Tmax,chargetime,cycle\n";

    private final SummaryDataSource source = new SummaryDataSource();

    @ParameterizedTest
    @CsvSource({ "b1c0, 1188, 1189, 854", "b1c1, 1177, 1178, '13, 851'", "b1c2, 1175, 1176, '13, 849'" })
    void givenARealSeversonSummary_whenRead_thenOneBatteryFromCycleTwoWithItsWarnings(String cell, int cycles,
            int lastCycle, String rowsWithoutIr) throws Exception {
        ImportedData data = readReal(cell + "_summary_data.csv");

        assertEquals(1, data.batteries().size());
        ImportedBattery battery = data.batteries().get(0);
        assertEquals(cell, battery.name());
        assertEquals(cycles, battery.cycles().size());
        assertEquals(2, battery.cycles().get(0).cycle(), "the all-zero cycle 1 is skipped");
        assertEquals(lastCycle, battery.cycles().get(cycles - 1).cycle());
        assertEquals(1.1, battery.nominalCapacityAh());
        assertFalse(data.report().hasErrors());
        List<String> warnings = data.report().warnings().stream().map(ValidationIssue::describe).toList();
        assertTrue(warnings.contains("row 2: every measurement is zero (a cycle that was not measured): row skipped"));
        assertTrue(warnings.contains("column IR: IR is 0 ohm (not measured) in " + rowsWithoutIr.split(",").length
                + " row" + (rowsWithoutIr.contains(",") ? "s" : "") + ", imported as missing: row"
                + (rowsWithoutIr.contains(",") ? "s " : " ") + rowsWithoutIr), warnings.toString());
        Set<Feature> present = battery.cycles().stream().flatMap(c -> c.features().present().keySet().stream())
                .collect(Collectors.toSet());
        assertEquals(EnumSet.of(Feature.IR, Feature.T_AVG, Feature.CHARGE_TIME), present);
        assertTrue(battery.cycles().stream().allMatch(c -> c.pcl() < 0.1), "none of them reaches end of life");
    }

    @Test
    void givenTheB1c0OutlierCapacityOf1point54Ah_whenRead_thenKeptButWarned() throws Exception {
        ImportedData data = readReal("b1c0_summary_data.csv");

        CycleRecord cycle12 = data.batteries().get(0).cycles().stream().filter(c -> c.cycle() == 12).findFirst()
                .orElseThrow();
        assertEquals(1 - 1.5390544 / 1.1, cycle12.pcl(), 1e-12);
        assertTrue(data.report().warnings().stream().map(ValidationIssue::describe).anyMatch(
                "row 13, column QD: capacity 1.5390544 Ah is far above the nominal 1.1 Ah: a measurement glitch?"::equals));
    }

    @Test
    void givenTheB1c0Summary_whenRead_thenValuesMatchTheFileAndRulIsUnknownBecauseItEndsBeforeEndOfLife()
            throws Exception {
        ImportedData data = readReal("b1c0_summary_data.csv");

        ImportedBattery b1c0 = data.batteries().get(0);
        // line 3 of the file: 1,0.016742354,1.0710422,1.0706892,31.875010776448963,...,13.341250000000006,2.0
        CycleRecord cycle2 = b1c0.cycles().get(0);
        assertEquals(0.016742354, cycle2.features().get(Feature.IR).getAsDouble());
        assertEquals(31.875010776448963, cycle2.features().get(Feature.T_AVG).getAsDouble());
        assertEquals(13.341250000000006, cycle2.features().get(Feature.CHARGE_TIME).getAsDouble());
        assertEquals(0.0266461818, cycle2.pcl(), 1e-10); // (1.1 - 1.0706892) / 1.1
        CycleRecord cycle853 = b1c0.cycles().stream().filter(c -> c.cycle() == 853).findFirst().orElseThrow();
        assertTrue(cycle853.features().get(Feature.IR).isEmpty(), "IR 0.0 in row 854 is not measured");
        assertTrue(b1c0.cycles().stream().allMatch(c -> Double.isNaN(c.rul())));
        assertNull(b1c0.cycleLife(), "the cell lived to cycle 1852; this file stops at 1189");
        assertTrue(data.report().warnings().stream().anyMatch(w -> w.message().equals("battery 'b1c0': no RUL given and"
                + " the data end at cycle 1189 with PCL 6.7 %, before end of life (PCL 20 %), so its RUL is left unknown")));
    }

    @Test
    void givenASummaryThatReachesEndOfLife_whenRead_thenRulIsLastCycleMinusCycle() throws Exception {
        ImportedData data = read("x9_summary_data.csv", HEADER
                + "0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,1.0\n"
                + "1,0.0167,1.07,1.045,31.9,29.5,35.6,13.3,2.0\n"
                + "2,0.0170,0.95,0.935,32.0,29.5,35.6,13.3,3.0\n"
                + "3,0.0180,0.89,0.88,32.1,29.5,35.6,13.3,4.0\n");

        ImportedBattery x9 = data.batteries().get(0);
        assertEquals("x9", x9.name());
        assertEquals(List.of(2.0, 1.0, 0.0), x9.cycles().stream().map(CycleRecord::rul).toList());
        assertEquals(List.of(0.05, 0.15, 0.20), x9.cycles().stream().map(c -> Math.round(c.pcl() * 1e12) / 1e12).toList());
        assertEquals(4, x9.cycleLife());
    }

    @Test
    void givenASummaryWithoutChargeTime_whenRead_thenRejectedNamingTheColumn() {
        ImportException e = assertThrows(ImportException.class, () -> read("b.csv",
                ",IR,QC,QD,Tavg,Tmin,Tmax,cycle\n1,0.0167,1.07,1.045,31.9,29.5,35.6,2.0\n"));
        assertEquals("row 1: missing required column: chargetime", e.getMessage());
    }

    @Test
    void givenBadCells_whenRead_thenEachNamesRowAndColumn() {
        ImportException e = assertThrows(ImportException.class, () -> read("b.csv", HEADER
                + "1,0.0167,1.07,n/a,31.9,29.5,35.6,13.3,2.0\n"
                + "2,0.0167,1.07,1.04,31.9,29.5,35.6,13.3,-3.0\n"
                + "3,0.0167,1.07,1.04,31.9,29.5,35.6,13.3,2.0\n"));

        assertEquals(List.of("row 2, column QD: not a number: 'n/a'", "row 3, column cycle: cycle must not be negative: '-3.0'"),
                e.report().errors().stream().map(ValidationIssue::describe).toList());
    }

    @Test
    void givenADuplicatedCycle_whenRead_thenRejected() {
        ImportException e = assertThrows(ImportException.class, () -> read("b.csv", HEADER
                + "1,0.0167,1.07,1.05,31.9,29.5,35.6,13.3,2.0\n"
                + "2,0.0167,1.07,1.04,31.9,29.5,35.6,13.3,2.0\n"));
        assertEquals("row 3, column cycle: cycle 2 of battery 'b' is already in row 2", e.getMessage());
    }

    @Test
    void givenHeads_whenRecognised_thenOnlyTheSummaryHeaderIsClaimed() throws IOException {
        byte[] real = Files.readAllBytes(SharedData.file("severson/summary/b1c1_summary_data.csv"));
        byte[] head = java.util.Arrays.copyOf(real, 8192);

        assertEquals(Recognition.BY_CONTENT, source.recognize("b1c1_summary_data.csv", head));
        assertEquals(Recognition.BY_CONTENT, source.recognize("renamed.csv", head));
        assertEquals(Recognition.NONE, source.recognize("table.csv", "battery_id,cycle,qd\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Recognition.NONE, source.recognize("b1c1.xlsx", head));
    }

    @ParameterizedTest
    @CsvSource({ "b1c0_summary_data.csv, b1c0", "uploads/B2C7_Summary_Data.CSV, B2C7", "cell 12.csv, cell 12",
            "C:\\data\\b3c1.csv, b3c1" })
    void givenFileNames_whenNamed_thenTheCellPart(String fileName, String expected) {
        assertEquals(expected, SummaryLayout.batteryName(fileName));
    }

    private ImportedData readReal(String name) throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(SharedData.file("severson/summary/" + name))) {
            return source.read(in, name, ImportLimits.defaults());
        }
    }

    private ImportedData read(String name, String text) throws IOException, ImportException {
        return source.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name, ImportLimits.defaults());
    }

}
