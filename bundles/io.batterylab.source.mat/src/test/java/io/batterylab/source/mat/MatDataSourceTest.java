package io.batterylab.source.mat;

import static io.batterylab.source.mat.MatFiles.column;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatDataSourceTest {
    @TempDir
    Path dir;

    private final MatDataSource source = new MatDataSource();

    @Test
    void givenAnEightFeatureFile_whenRead_thenCellsInOrderWithFeaturesInWenOrderAndSplits() throws Exception {
        ImportedData data = read(new MatFiles());

        assertEquals(List.of("cell 1", "cell 2"), data.batteries().stream().map(ImportedBattery::name).toList());
        ImportedBattery cell1 = data.batteries().get(0);
        ImportedBattery cell2 = data.batteries().get(1);
        assertEquals("test", cell1.split());
        assertEquals("train", cell2.split());
        assertEquals(3, cell1.cycleLife());
        assertEquals(7, cell2.cycleLife());
        CycleRecord cell2First = cell2.cycles().get(0); // 0-based row 3 of the file
        assertEquals(2, cell2First.cycle());
        assertEquals(5.0, cell2First.rul());
        assertEquals(0.03, cell2First.pcl());
        assertEquals(30.0, cell2First.features().get(Feature.DQ_SLOPE).getAsDouble());
        assertEquals(33.0, cell2First.features().get(Feature.IR).getAsDouble());
        assertEquals(37.0, cell2First.features().get(Feature.DQDV_VAR).getAsDouble());
    }

    @Test
    void givenAMissingFeatureValue_whenRead_thenItIsMissingNotZero() throws Exception {
        MatFiles file = new MatFiles();
        file.variables.get("Features_mov_Flt")[1][3] = Double.NaN;

        CycleRecord row2 = read(file).batteries().get(0).cycles().get(1);

        assertTrue(row2.features().get(Feature.IR).isEmpty());
        assertEquals(15.0, row2.features().get(Feature.DQDV_MAX).getAsDouble(), "its neighbours are unchanged");
    }

    @Test
    void givenNoSplitIndices_whenRead_thenCellsHaveNoSplitAndAWarningSaysSo() throws Exception {
        ImportedData data = read(new MatFiles().without("train_ind").without("test_ind"));

        assertNull(data.batteries().get(0).split());
        assertEquals(List.of("the file has no split indices (train_ind, test_ind, secondary_test_ind)"),
                data.report().warnings().stream().map(ValidationIssue::message).toList());
    }

    @Test
    void givenRowCountsThatDoNotAddUp_whenRead_thenRejected() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles().with("Num_Cycles_Flt",
                column(3, 3))));
        assertEquals("column Num_Cycles_Flt: the cells' row counts add up to 6, but Features_mov_Flt has 5 rows",
                e.getMessage());
    }

    @Test
    void givenFiveFeatureColumns_whenRead_thenRejected() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles().with("Features_mov_Flt",
                new double[5][5])));
        assertEquals("column Features_mov_Flt: has 5 columns; expected 3 (dq_slope, dq_intercept, t_avg) or 8"
                + " (all features in the order of Wen et al.)", e.getMessage());
    }

    @Test
    void givenAColumnOfTheWrongLength_whenRead_thenRejected() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles().with("PCL_Flt",
                column(0.1, 0.2))));
        assertEquals("column PCL_Flt: is 2 x 1; expected 5 x 1 like Features_mov_Flt", e.getMessage());
    }

    @Test
    void givenAMissingVariable_whenRead_thenRejectedNamingIt() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles().without("RUL_Flt")));
        assertTrue(e.getMessage().startsWith("column RUL_Flt: variable missing; the processed Severson/Wen layout needs"),
                e.getMessage());
    }

    @Test
    void givenBadSplitIndices_whenRead_thenOutOfRangeAndTwiceSplitCellsAreErrors() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles()
                .with("train_ind", new double[][] { { 2, 3 } }).with("secondary_test_ind", new double[][] { { 1 } })));

        assertEquals(List.of("row 2, column train_ind: cell index 3 is not between 1 and 2",
                "row 1, column secondary_test_ind: cell 1 is already in test_ind"), describe(e));
    }

    @Test
    void givenBadCycles_whenRead_thenNegativeFractionalAndRepeatedCyclesNameTheirRows() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles()
                .with("Cycles_Flt", column(1, 1, -3, 2.5, 3)).with("RUL_Flt", column(2, 2, 6, 4.5, 4))));

        assertEquals(List.of("row 2, column Cycles_Flt: cycle 1 of cell 1 does not follow cycle 1 in row 1",
                "row 3, column Cycles_Flt: cycle must be a whole number, not negative: -3",
                "row 4, column Cycles_Flt: cycle must be a whole number, not negative: 2.5"), describe(e));
    }

    @Test
    void givenRulThatDisagreesWithTheCellsCycleLife_whenRead_thenRejectedAtTheFirstSuchRow() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles()
                .with("RUL_Flt", column(2, 1, 1, 5, 3))));

        assertEquals(List.of("row 3, column RUL_Flt: cycle 3 + RUL 1 = 4, but the first row of cell 1 (row 1)"
                + " gives a cycle life of 3", "row 5, column RUL_Flt: cycle 3 + RUL 3 = 6, but the first row of cell 2"
                + " (row 4) gives a cycle life of 7"), describe(e));
    }

    @Test
    void givenAMissingOrNegativeRul_whenRead_thenRejected() {
        ImportException e = assertThrows(ImportException.class, () -> read(new MatFiles()
                .with("RUL_Flt", column(2, Double.NaN, 0, -1, -2))));

        assertEquals(List.of("row 2, column RUL_Flt: RUL must be a number of at least 0: NaN",
                "row 4, column RUL_Flt: RUL must be a number of at least 0: -1",
                "row 5, column RUL_Flt: RUL must be a number of at least 0: -2"), describe(e));
    }

    @Test
    void givenAnInfiniteFeature_whenRead_thenRejected() {
        MatFiles file = new MatFiles();
        file.variables.get("Features_mov_Flt")[4][2] = Double.POSITIVE_INFINITY;

        ImportException e = assertThrows(ImportException.class, () -> read(file));

        assertEquals("row 5, column Features_mov_Flt: not a finite number: Infinity", e.getMessage());
    }

    @Test
    void givenTextOrAnHdf5MatFile_whenRead_thenRejectedWithWhatItIs() throws IOException {
        Path text = Files.writeString(dir.resolve("text.mat"), "battery,cycle,rul\n".repeat(20));
        byte[] hdf5Header = Arrays.copyOf("MATLAB 7.3 MAT-file, Platform: GLNXA64".getBytes(StandardCharsets.US_ASCII), 512);
        Path hdf5 = Files.write(dir.resolve("v73.mat"), hdf5Header);
        Path tiny = Files.write(dir.resolve("tiny.mat"), new byte[10]);

        assertTrue(assertThrows(ImportException.class, () -> read(text)).getMessage()
                .startsWith("not a readable MATLAB .mat file (truncated or damaged?): "));
        assertEquals("MATLAB v7.3 (HDF5) .mat files are not supported; save it with save(..., '-v7')",
                assertThrows(ImportException.class, () -> read(hdf5)).getMessage());
        assertEquals("not a MATLAB .mat file: only 10 bytes, shorter than its header",
                assertThrows(ImportException.class, () -> read(tiny)).getMessage());
    }

    @Test
    void givenAVariableThatIsText_whenRead_thenRejectedNamingIt() throws IOException {
        Path file = new MatFiles().write(dir.resolve("ok.mat"));
        try (var mat = us.hebi.matlab.mat.format.Mat5.readFromFile(file.toFile())) {
            mat.addArray("Cycles_Flt", us.hebi.matlab.mat.format.Mat5.newString("12345"));
            us.hebi.matlab.mat.format.Mat5.writeToFile(mat, dir.resolve("text-var.mat").toFile());
        }

        ImportException e = assertThrows(ImportException.class, () -> read(dir.resolve("text-var.mat")));

        assertTrue(e.report().errors().stream().anyMatch(i -> i.describe()
                .equals("column Cycles_Flt: is a char array of 2 dimensions, not a real numeric matrix")), describe(e).toString());
    }

    @Test
    void givenAGeneratedTwoHundredMegabyteStream_whenRead_thenTheSizeLimitStopsItQuickly() {
        long[] served = { 0 };
        long size = 200L * 1024 * 1024;
        InputStream huge = new InputStream() {
            @Override
            public int read() {
                return served[0]++ < size ? 0 : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (served[0] >= size) {
                    return -1;
                }
                int n = (int) Math.min(len, size - served[0]);
                served[0] += n;
                return n;
            }
        };
        long start = System.nanoTime();

        ImportException e = assertThrows(ImportException.class,
                () -> source.read(huge, "huge.mat", new ImportLimits(10L * 1024 * 1024, 2_000_000)));

        System.out.println("MAT size limit tripped after " + served[0] + " bytes in "
                + (System.nanoTime() - start) / 1_000_000 + " ms");
        assertEquals("file is larger than the import limit of 10 MiB", e.getMessage());
        assertTrue(served[0] <= 10L * 1024 * 1024 + 64 * 1024, "read " + served[0]);
    }

    @Test
    void givenNames_whenRecognised_thenAMatHeaderIsClaimedByContent() {
        byte[] head = "MATLAB 5.0 MAT-file, Platform: posix".getBytes(StandardCharsets.US_ASCII);
        assertEquals(Recognition.BY_CONTENT, source.recognize("x.MAT", head));
        assertEquals(Recognition.BY_NAME, source.recognize("x.mat", new byte[3]));
        assertEquals(Recognition.NONE, source.recognize("x.csv", head));
    }

    private ImportedData read(MatFiles file) throws IOException, ImportException {
        return read(file.write(dir.resolve("test.mat")));
    }

    private ImportedData read(Path file) throws IOException, ImportException {
        try (InputStream in = Files.newInputStream(file)) {
            return source.read(in, file.getFileName().toString(), ImportLimits.defaults());
        }
    }

    private static List<String> describe(ImportException e) {
        return e.report().errors().stream().map(ValidationIssue::describe).toList();
    }
}
