package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StandardScalerTest {
    private static final double[][] ROWS = { { 1, 10 }, { 3, 10 }, { 5, 10 } };

    @Test
    void givenRowsWhenFittedThenMeanAndPopulationStdPerColumnAndConstantColumnScaleOne() {
        StandardScaler scaler = StandardScaler.fit(ROWS);
        // column 0: mean 3, variance (4 + 0 + 4) / 3 = 8/3
        assertArrayEquals(new double[] { 3, 10 }, scaler.mean(), 1e-12);
        assertArrayEquals(new double[] { Math.sqrt(8.0 / 3), 1 }, scaler.scale(), 1e-12);
    }

    @Test
    void givenFittedScalerWhenTransformingThenZScoresAndInverseRestoresValue() {
        StandardScaler scaler = StandardScaler.fit(ROWS);
        assertEquals(2 / Math.sqrt(8.0 / 3), scaler.transform(0, 5), 1e-12);
        assertEquals(0, scaler.transform(1, 10), 1e-12);
        assertEquals(5, scaler.inverse(0, scaler.transform(0, 5)), 1e-12);
        float[] flat = scaler.transformFlat(ROWS);
        assertArrayEquals(new float[] { (float) (-2 / Math.sqrt(8.0 / 3)), 0, 0, 0, (float) (2 / Math.sqrt(8.0 / 3)), 0 },
                flat, 1e-6f);
    }

    @Test
    void givenScalerWhenWrittenAndReadThenEqual(@TempDir Path dir) throws Exception {
        StandardScaler scaler = StandardScaler.fit(new double[] { 0.5, 1.5, 4 });
        Path file = dir.resolve("target-scaler.json");
        scaler.write(file);
        assertEquals(scaler, StandardScaler.read(file));
    }

    @Test
    void givenRowOfWrongLengthWhenTransformingThenRejected() {
        StandardScaler scaler = StandardScaler.fit(ROWS);
        assertThrows(IllegalArgumentException.class, () -> scaler.transformFlat(new double[][] { { 1 } }));
        assertThrows(IllegalArgumentException.class, () -> StandardScaler.fit(new double[0][]));
    }
}
