package io.batterylab.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.plugin.ImportedBattery;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleDataSetTest {
    private static List<ImportedBattery> cells;

    @BeforeAll
    static void loadCommittedData() throws IOException {
        cells = SampleDataSet.inDirectory(CommittedData.folder()).load();
    }

    @Test
    void givenShippedData_whenLoaded_then124SyntheticCellsInTheRealSplitSizes() {
        assertEquals(124, cells.size());
        Map<String, Long> splits = cells.stream().collect(Collectors.groupingBy(ImportedBattery::split, Collectors.counting()));
        assertEquals(Map.of("train", 41L, "test", 43L, "secondary_test", 40L), splits);
        assertTrue(cells.stream().allMatch(c -> c.name().matches("SYN-\\d{3}")));
        assertTrue(cells.stream().allMatch(c -> c.nominalCapacityAh() == 1.1));
        assertTrue(cells.stream().allMatch(c -> c.chargingPolicy().matches("[\\d.]+C\\(\\d+%\\)-[\\d.]+C")));
    }

    @Test
    void givenShippedData_whenEveryRowChecked_thenCyclesOneToLifeRulLifeMinusCycleAllFeaturesPresent() {
        for (ImportedBattery cell : cells) {
            List<CycleRecord> rows = cell.cycles();
            assertEquals(cell.cycleLife(), rows.size(), cell.name());
            for (int i = 0; i < rows.size(); i++) {
                CycleRecord row = rows.get(i);
                assertEquals(i + 1, row.cycle(), cell.name());
                assertEquals(cell.cycleLife() - row.cycle(), row.rul(), 0, cell.name());
                for (Feature f : Feature.values()) {
                    assertTrue(row.features().has(f), cell.name() + " cycle " + row.cycle() + " lacks " + f.key());
                }
            }
        }
    }

    @Test
    void givenShippedData_whenLivesCompared_thenInRealRangeAndSpreadLikeTheRealQuantiles() {
        // real 124 cells: min 148, q25 498.75, median 736.5, q75 946.5, p90 1155.7, max 2237
        double[] lives = cells.stream().mapToDouble(ImportedBattery::cycleLife).sorted().toArray();

        assertTrue(lives[0] >= 148 && lives[lives.length - 1] <= 2235);
        assertEquals(498.75, quantile(lives, 0.25), 30);
        assertEquals(736.5, quantile(lives, 0.50), 40);
        assertEquals(946.5, quantile(lives, 0.75), 50);
        assertEquals(1155.7, quantile(lives, 0.90), 80);
        assertTrue(lives[lives.length - 1] > 1800, "a long-life tail like the real 1852-2237 cells");
    }

    @Test
    void givenShippedData_whenPclFollowed_thenRisesToTwentyPercentAndNeverFallsBackMuch() {
        for (ImportedBattery cell : cells) {
            double[] pcl = cell.cycles().stream().mapToDouble(CycleRecord::pcl).toArray();
            assertEquals(0.2, pcl[pcl.length - 1], 0.002, cell.name() + " end of life is Qd = 0.88 Ah");
            assertTrue(pcl[pcl.length - 1] - pcl[0] > 0.15, cell.name());
            double[] smooth = movingMean(pcl, 20);
            double highest = smooth[0];
            for (double v : smooth) {
                highest = Math.max(highest, v);
                assertTrue(highest - v < 0.005, cell.name() + ": smoothed PCL fell " + (highest - v));
            }
        }
    }

    @Test
    void givenShippedData_whenFadeSlopesCompared_thenLateLifeFadesMuchFasterThanMidLife() {
        // a knee: the PCL slope over the last 10 % of life against that over 20-60 % (real cells: median 13)
        long kneeShaped = cells.stream().filter(c -> slope(c, 0.9, 1.0) > 3 * slope(c, 0.2, 0.6)).count();

        assertTrue(kneeShaped >= 118, kneeShaped + " of 124 cells knee-shaped");
    }

    @Test
    void givenShippedData_whenAgeing_thenResistanceAndDqdvVarianceGrow() {
        for (ImportedBattery cell : cells) {
            CycleRecord first = cell.cycles().get(9);
            CycleRecord last = cell.cycles().get(cell.cycles().size() - 1);
            assertTrue(value(last, Feature.IR) > 1.05 * value(first, Feature.IR), cell.name());
            assertTrue(value(last, Feature.DQDV_VAR) > 10 * value(first, Feature.DQDV_VAR), cell.name());
            assertTrue(value(last, Feature.DQ_SLOPE) < value(first, Feature.DQ_SLOPE), cell.name());
            assertTrue(value(last, Feature.DQ_INTERCEPT) > value(first, Feature.DQ_INTERCEPT), cell.name());
        }
    }

    @Test
    void givenShippedData_whenPoliciesCompared_thenFasterChargingMeansShorterLifeAndWarmerCell() {
        double[] rms = cells.stream().mapToDouble(c -> rmsRate(c.chargingPolicy())).toArray();
        double[] lives = cells.stream().mapToDouble(ImportedBattery::cycleLife).toArray();
        double[] earlyTemperature = cells.stream()
                .mapToDouble(c -> c.cycles().subList(0, 100).stream().mapToDouble(r -> value(r, Feature.T_AVG)).average()
                        .orElseThrow())
                .toArray();

        assertTrue(spearman(rms, lives) < -0.5, "life vs rms C-rate " + spearman(rms, lives));
        // weak, as in the real set (0.23): ~1 degC of policy heating against ~0.8 degC of cell-to-cell offset
        assertTrue(spearman(rms, earlyTemperature) > 0.2, "Tavg vs rms C-rate " + spearman(rms, earlyTemperature));
    }

    @Test
    void givenShippedData_whenChargeTimeRead_thenMatchesThePolicyAtFirstCycle() {
        for (ImportedBattery cell : cells) {
            String[] p = cell.chargingPolicy().replace("C(", ",").replace("%)-", ",").replace("C", "").split(",");
            double c1 = Double.parseDouble(p[0]);
            double q1 = Double.parseDouble(p[1]) / 100;
            double c2 = Double.parseDouble(p[2]);
            double minutes = 60 * (q1 / c1 + (0.8 - q1) / c2);
            // logged on a 5 s grid with a random phase: off by at most 5 s = 0.083 min
            assertEquals(minutes, value(cell.cycles().get(0), Feature.CHARGE_TIME), 0.084, cell.name());
        }
    }

    // Reading the copy inside the bundle jar (SampleDataSet.bundled()) needs the packed bundle: the OSGi
    // test io.batterylab.integration.tests.DataPlatformTest loads all 124 cells through it.

    @Test
    void givenMalformedNumber_whenLoaded_thenMessageNamesFileLineAndColumn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve(SampleDataFormat.CELLS_FILE), String.join(",", SampleDataFormat.CELL_COLUMNS)
                + "\nSYN-001,train,4C(80%)-4C,3,1.1,true,1.07,0.0165,0.3,40\n");
        String header = String.join(",", SampleDataFormat.CYCLE_COLUMNS);
        gzip(dir.resolve(SampleDataFormat.CYCLES_FILE), header + "\nSYN-001,1,0.01,0.01,30,0.016,12,0.1,-0.1,0.001,2,0.02\n"
                + "SYN-001,2,0.01,0.01,30,abc,12,0.1,-0.1,0.001,1,0.02\n");

        IOException e = assertThrows(IOException.class, () -> SampleDataSet.inDirectory(dir).load());

        assertEquals("synthetic-cycles.csv.gz line 3, column ir: not a number: 'abc'", e.getMessage());
    }

    @Test
    void givenMissingFile_whenLoaded_thenIOException(@TempDir Path dir) {
        assertThrows(IOException.class, () -> SampleDataSet.inDirectory(dir).load());
    }

    private static void gzip(Path file, String text) throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static double value(CycleRecord row, Feature feature) {
        return row.features().valueOrNaN(feature);
    }

    private static double slope(ImportedBattery cell, double from, double to) {
        int n = cell.cycles().size();
        List<CycleRecord> part = cell.cycles().subList((int) (from * n), (int) (to * n));
        double mx = part.stream().mapToDouble(CycleRecord::cycle).average().orElseThrow();
        double my = part.stream().mapToDouble(CycleRecord::pcl).average().orElseThrow();
        double sxy = part.stream().mapToDouble(r -> (r.cycle() - mx) * (r.pcl() - my)).sum();
        double sxx = part.stream().mapToDouble(r -> (r.cycle() - mx) * (r.cycle() - mx)).sum();
        return sxy / sxx;
    }

    private static double[] movingMean(double[] v, int window) {
        double[] out = new double[v.length - window + 1];
        for (int i = 0; i < out.length; i++) {
            double sum = 0;
            for (int j = i; j < i + window; j++) {
                sum += v[j];
            }
            out[i] = sum / window;
        }
        return out;
    }

    /** numpy-style linear quantile of sorted values. */
    private static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        return sorted[lo] + (h - lo) * (sorted[Math.min(lo + 1, sorted.length - 1)] - sorted[lo]);
    }

    private static double rmsRate(String policy) {
        String[] p = policy.replace("C(", ",").replace("%)-", ",").replace("C", "").split(",");
        double c1 = Double.parseDouble(p[0]);
        double q1 = Double.parseDouble(p[1]) / 100;
        double c2 = Double.parseDouble(p[2]);
        return Math.sqrt((c1 * q1 + c2 * (0.8 - q1)) / (q1 / c1 + (0.8 - q1) / c2));
    }

    /** Spearman rank correlation without ties handling: both inputs here are continuous or nearly so. */
    private static double spearman(double[] x, double[] y) {
        return pearson(ranks(x), ranks(y));
    }

    private static double[] ranks(double[] v) {
        Integer[] order = new Integer[v.length];
        for (int i = 0; i < v.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingDouble(i -> v[i]));
        double[] r = new double[v.length];
        for (int rank = 0; rank < v.length; rank++) {
            r[order[rank]] = rank;
        }
        return r;
    }

    private static double pearson(double[] x, double[] y) {
        double mx = java.util.Arrays.stream(x).average().orElseThrow();
        double my = java.util.Arrays.stream(y).average().orElseThrow();
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return sxy / Math.sqrt(sxx * syy);
    }
}
