package io.batterylab.source.mat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
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
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Imports the real processed Severson data set (124 cells) and checks it against the published table. */
class SeversonMatTest {
    private static final String MAT = "severson/SeversonBattery-3feat.mat";

    private final MatDataSource source = new MatDataSource();

    @Test
    void givenTheRealFile_whenImported_thenAll124CellsWithTheirRowsAndOfficialSplits() throws Exception {
        long start = System.nanoTime();
        ImportedData data = read(Files.readAllBytes(SharedData.file(MAT)), ImportLimits.defaults());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.println("Severson .mat import (124 cells, " + data.rowCount() + " rows) took " + millis + " ms");

        assertEquals(124, data.batteries().size());
        assertEquals(99_281, data.rowCount());
        assertEquals("cell 1", data.batteries().get(0).name());
        assertEquals("cell 124", data.batteries().get(123).name());
        Map<String, Long> splitSizes = data.batteries().stream()
                .collect(Collectors.groupingBy(ImportedBattery::split, Collectors.counting()));
        assertEquals(Map.of("train", 41L, "test", 43L, "secondary_test", 40L), splitSizes);
        assertTrue(data.batteries().stream().allMatch(b -> b.nominalCapacityAh() == 1.1));
        assertTrue(data.report().issues().isEmpty(), data.report().issues().toString());
    }

    @Test
    void givenTheRealFile_whenImported_thenCell1StartsAtCycle2WithTheFilesValuesAndLives1852Cycles() throws Exception {
        ImportedBattery cell1 = read(Files.readAllBytes(SharedData.file(MAT)), ImportLimits.defaults()).batteries().get(0);

        assertEquals(1852, cell1.cycleLife());
        assertEquals(1850, cell1.cycles().size());
        CycleRecord first = cell1.cycles().get(0);
        assertEquals(2, first.cycle());
        assertEquals(1850.0, first.rul());
        assertEquals(0.01013779216329034, first.features().get(Feature.DQ_SLOPE).getAsDouble());
        assertEquals(0.010236667490332849, first.features().get(Feature.DQ_INTERCEPT).getAsDouble());
        assertEquals(31.875010776448963, first.features().get(Feature.T_AVG).getAsDouble());
        CycleRecord last = cell1.cycles().get(1849);
        assertEquals(1851, last.cycle());
        assertEquals(1.0, last.rul());
    }

    @Test
    void givenTheRealFile_whenImported_thenOnlyTheThreeFeaturesArePresentAndTheOthersMissingNotZero() throws Exception {
        ImportedData data = read(Files.readAllBytes(SharedData.file(MAT)), ImportLimits.defaults());

        Set<Feature> present = EnumSet.noneOf(Feature.class);
        for (ImportedBattery battery : data.batteries()) {
            for (CycleRecord row : battery.cycles()) {
                present.addAll(row.features().present().keySet());
                for (Feature absent : List.of(Feature.IR, Feature.CHARGE_TIME, Feature.DQDV_MAX, Feature.DQDV_MIN,
                        Feature.DQDV_VAR)) {
                    assertTrue(Double.isNaN(row.features().valueOrNaN(absent)), absent + " must be missing, not 0");
                }
            }
        }
        assertEquals(EnumSet.of(Feature.DQ_SLOPE, Feature.DQ_INTERCEPT, Feature.T_AVG), present);
    }

    /** cells-table9.csv: one row per cell in the .mat order, with the split and cycle life Attia et al. publish. */
    @Test
    void givenTheRealFile_whenImported_thenEveryCycleLifeAndSplitMatchesThePublishedTable() throws Exception {
        List<String[]> table = Files.readAllLines(SharedData.file("severson/cells-table9.csv"), StandardCharsets.UTF_8)
                .stream().skip(1).map(line -> line.split(",")).toList();
        Map<String, String> splitNames = Map.of("Train", "train", "Prim. Test", "test", "Sec. test", "secondary_test");
        ImportedData data = read(Files.readAllBytes(SharedData.file(MAT)), ImportLimits.defaults());

        assertEquals(table.size(), data.batteries().size());
        for (int i = 0; i < table.size(); i++) {
            ImportedBattery cell = data.batteries().get(i);
            assertEquals(Integer.valueOf(table.get(i)[3]), cell.cycleLife(), cell.name() + " cycle life");
            assertEquals(splitNames.get(table.get(i)[1]), cell.split(), cell.name() + " split");
        }
    }

    @Test
    void givenTheRealFileCutInHalf_whenImported_thenRejectedAsTruncated() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.file(MAT));

        ImportException e = assertThrows(ImportException.class,
                () -> read(Arrays.copyOf(whole, whole.length / 2), ImportLimits.defaults()));

        assertTrue(e.getMessage().startsWith("not a readable MATLAB .mat file (truncated or damaged?): "), e.getMessage());
        assertEquals(1, e.report().issues().size());
    }

    @Test
    void givenTheRealFileAndASmallerSizeLimit_whenImported_thenRejectedForItsSize() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.file(MAT));

        ImportException e = assertThrows(ImportException.class,
                () -> read(whole, new ImportLimits(1024 * 1024, 2_000_000)));

        assertEquals("file is larger than the import limit of 1 MiB", e.getMessage());
    }

    @Test
    void givenTheRealFileAndASmallerRowLimit_whenImported_thenRejectedNamingTheVariable() throws IOException {
        byte[] whole = Files.readAllBytes(SharedData.file(MAT));

        ImportException e = assertThrows(ImportException.class,
                () -> read(whole, new ImportLimits(100L * 1024 * 1024, 50_000)));

        assertEquals("column Features_mov_Flt: has 99281 rows, more than the import limit of 50000", e.getMessage());
    }

    private ImportedData read(byte[] file, ImportLimits limits) throws IOException, ImportException {
        try (InputStream in = new ByteArrayInputStream(file)) {
            return source.read(in, "SeversonBattery-3feat.mat", limits);
        }
    }

}
