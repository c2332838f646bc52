package io.batterylab.algorithm.deephpm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.batterylab.core.model.CycleRecord;
import io.batterylab.core.model.Feature;
import io.batterylab.core.model.FeatureValues;
import io.batterylab.core.model.Target;
import io.batterylab.core.training.BatterySeries;
import io.batterylab.core.training.EpochMetrics;
import io.batterylab.core.training.TrainedModel;
import io.batterylab.core.training.TrainingData;
import io.batterylab.core.training.TrainingMonitor;
import io.batterylab.ml.ModelFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeepHpmAlgorithmTest {
    /** Capacity fade that follows dq/dt = a (1 + q) with a per-cell rate a, seen through the feature dq_slope = a. */
    static BatterySeries cell(long id, int cycles, double rate) {
        List<CycleRecord> rows = new ArrayList<>();
        for (int c = 1; c <= cycles; c++) {
            double pcl = Math.expm1(rate * c);
            rows.add(new CycleRecord(c, FeatureValues.of(Map.of(Feature.DQ_SLOPE, rate * 1000)), cycles - c, pcl));
        }
        return new BatterySeries(id, "cell " + id, rows);
    }

    static TrainingData data() {
        return new TrainingData(Target.PCL, List.of(Feature.DQ_SLOPE),
                List.of(cell(1, 400, 2e-4), cell(2, 400, 3e-4), cell(3, 400, 4e-4)), List.of(cell(4, 400, 3.5e-4)));
    }

    @ParameterizedTest
    @EnumSource(LossMode.class)
    void givenFadeFollowingAnOdeWhenTrainedThenValidationFitsIt(LossMode mode) {
        List<EpochMetrics> epochs = new ArrayList<>();
        DeepHpmSettings settings = new DeepHpmSettings(5e-3, 60, 2, 16, 0, DynamicalInputs.S_T_U, mode, 3);
        try (TrainedModel model = new DeepHpmAlgorithm().train(data(), settings, TrainingMonitor.onEpoch(epochs::add))) {
            assertEquals(60, epochs.size());
            double r2 = epochs.get(59).validation().r2();
            assertTrue(r2 > 0.97, mode + " validation R2 " + r2);
        }
    }

    @Test
    void givenTrainedModelWhenSavedAndLoadedThenPredictionsAreIdentical(@TempDir Path dir) throws IOException {
        DeepHpmAlgorithm algorithm = new DeepHpmAlgorithm();
        BatterySeries unseen = cell(5, 50, 2.5e-4);
        DeepHpmSettings settings = new DeepHpmSettings(5e-3, 2, 2, 8, 0.1, DynamicalInputs.S_T_U_US, LossMode.ADP_BAL, 1);
        double[] before;
        try (TrainedModel model = algorithm.train(data(), settings, TrainingMonitor.silent())) {
            before = model.predict(unseen);
            model.save(dir);
        }
        try (TrainedModel loaded = algorithm.load(dir)) {
            assertArrayEquals(before, loaded.predict(unseen));
        }
        assertEquals(settings, ModelFile.read(dir, DeepHpmAlgorithm.ID, "DeepHPM", DeepHpmSettings.class).settings());
    }
}
