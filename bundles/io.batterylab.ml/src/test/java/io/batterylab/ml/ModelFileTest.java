package io.batterylab.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.Feature;
import io.batterylab.core.model.Target;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelFileTest {
    record Knobs(double rate, int layers, String mode) {
    }

    static ModelFile<Knobs> file(String algorithm) {
        return new ModelFile<>(algorithm, "2.1.0", Target.PCL, List.of(Feature.DQ_SLOPE, Feature.T_AVG),
                new Knobs(0.1, 3, "fast"), new StandardScaler(new double[] { 1, 2, 3 }, new double[] { 4, 5, 6 }),
                new StandardScaler(new double[] { 0.5 }, new double[] { 0.25 }));
    }

    @Test
    void givenWrittenModelFileWhenReadByItsAlgorithmThenSettingsRecordAndScalersComeBack(@TempDir Path dir)
            throws IOException {
        file("mine").write(dir);
        ModelFile<Knobs> read = ModelFile.read(dir, "mine", "Mine", Knobs.class);
        assertEquals(new Knobs(0.1, 3, "fast"), read.settings());
        assertEquals(List.of(Feature.DQ_SLOPE, Feature.T_AVG), read.features());
        assertEquals(6, read.inputScaler().scale()[2]);
        assertEquals(0.25, read.targetScaler().scale()[0]);
    }

    @Test
    void givenModelOfAnotherAlgorithmWhenReadThenIOExceptionNamingBoth(@TempDir Path dir) throws IOException {
        file("deephpm").write(dir);
        IOException e = assertThrows(IOException.class, () -> ModelFile.read(dir, "baseline", "Baseline", Knobs.class));
        assertTrue(e.getMessage().contains("holds a deephpm model, not a Baseline model"), e.getMessage());
    }
}
